//! Two Interpreters in one process share nothing: names, modules, limits,
//! the collector and cell numbering are each interpreter's own, and values
//! that outlive their interpreter are safe to hold and to drop.

use cellar::Interpreter;
use cellar::interpreter::Capture;

fn new() -> (Interpreter, Capture) {
    let out = Capture::default();
    (Interpreter::new(Box::new(out.clone())), out)
}

fn run(i: &mut Interpreter, src: &str) {
    if let Err(report) = i.run_source(src, "<test>") {
        panic!("{report}");
    }
}

fn eval(i: &mut Interpreter, expr: &str) -> String {
    let v = i.eval(expr).unwrap_or_else(|_| panic!("{expr} raised"));
    i.vm().repr(&v).unwrap_or_default()
}

const COUNTER: &str = "
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
";

#[test]
fn names_modules_and_limits_are_each_interpreters_own() {
    let (mut a, _) = new();
    let (mut b, _) = new();
    run(
        &mut a,
        "import sys, gc, math\nx = 1\nmath.pi = 3\nsys.setrecursionlimit(50)\ngc.disable()",
    );
    run(&mut b, "import sys, gc, math");
    assert_eq!(eval(&mut a, "math.pi"), "3");
    assert_eq!(eval(&mut b, "math.pi"), "3.141592653589793");
    assert_eq!(eval(&mut b, "sys.getrecursionlimit()"), "1000");
    assert_eq!(eval(&mut b, "gc.isenabled()"), "True");
    assert_eq!(eval(&mut a, "gc.isenabled()"), "False");
    assert!(b.eval("x").is_err(), "b must not see a's x");
}

#[test]
fn cells_are_numbered_per_interpreter() {
    let (mut a, _) = new();
    let (mut b, _) = new();
    run(&mut a, COUNTER);
    run(&mut b, COUNTER);
    run(&mut a, "c1 = make_counter()\nc2 = make_counter()");
    run(&mut b, "c = make_counter()");
    let ids = |i: &mut Interpreter| -> Vec<u32> {
        i.vm().heap.live_cells().iter().map(|c| c.id).collect()
    };
    assert_eq!(ids(&mut a), vec![1, 2]);
    assert_eq!(ids(&mut b), vec![1]);
    assert_eq!(eval(&mut b, "c()"), "1");
    assert_eq!(eval(&mut a, "c1() + c1() + c2()"), "4");
}

#[test]
fn a_collection_sees_only_its_own_heap() {
    let (mut a, _) = new();
    let (mut b, _) = new();
    let cycle = "def make():\n    def rec():\n        return rec\n    return rec\nfor i in range(100):\n    make()\n";
    run(&mut a, "import gc\ngc.disable()");
    run(&mut b, "import gc\ngc.disable()");
    run(&mut a, cycle);
    run(&mut b, cycle);
    let before_b = b.vm().heap.tracked_count();
    let freed_a = a.vm().heap.collect();
    assert!(freed_a >= 200, "a freed {freed_a}");
    assert_eq!(
        b.vm().heap.tracked_count(),
        before_b,
        "b's cycles untouched"
    );
    assert!(b.vm().heap.collect() >= 200);
}

#[test]
fn values_outliving_their_interpreter_are_safe() {
    let (mut a, _) = new();
    run(&mut a, COUNTER);
    let inc = a.eval("make_counter()").ok().expect("a counter");
    let list = a.eval("[[1], (2,), {3: 4}]").ok().expect("a list");
    let (mut b, _) = new();
    run(&mut b, COUNTER);
    drop(a);
    run(&mut b, "c = make_counter()\nc()");
    b.vm().heap.collect();
    drop(list);
    drop(inc);
    run(&mut b, "import gc\ngc.collect()\nc()");
    assert_eq!(eval(&mut b, "c()"), "3");
}

#[test]
fn eval_binds_no_name() {
    let (mut a, _) = new();
    run(&mut a, "x = 20");
    assert_eq!(eval(&mut a, "x + 22"), "42");
    let names: Vec<String> = a
        .vm()
        .globals
        .items()
        .into_iter()
        .map(|(k, _)| k.to_string())
        .filter(|k| !k.starts_with("__"))
        .collect();
    assert_eq!(names, vec!["x"]);
    assert!(a.eval("y = 1").is_err(), "eval takes an expression");
}
