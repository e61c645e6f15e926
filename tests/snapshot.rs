//! `Vm::snapshot`: what is alive, read from the VM's own frames and heap —
//! returned calls whose cells live on, suspended generators, who holds
//! each cell, and which code made each function.

use cellar::Interpreter;
use cellar::interpreter::Capture;
use cellar::vm::{Holder, Snapshot};

fn snapshot_after(src: &str) -> (Interpreter, Snapshot) {
    let mut i = Interpreter::new(Box::new(Capture::default()));
    i.run_source(src, "<test>")
        .unwrap_or_else(|r| panic!("{r}"));
    let snap = i.vm().snapshot();
    (i, snap)
}

/// `owner: var=cell#id ...` for each returned call.
fn returned(snap: &Snapshot) -> Vec<String> {
    snap.returned
        .iter()
        .map(|r| {
            let cells: Vec<String> = r
                .cells
                .iter()
                .map(|(n, c)| format!("{n}=cell#{}", c.id))
                .collect();
            format!("{}: {}", r.owner.qualname, cells.join(" "))
        })
        .collect()
}

/// Each cell's holders, in one line: `cell#1: closure inc.count, returned 0`.
fn holders(snap: &Snapshot) -> Vec<String> {
    snap.cells
        .iter()
        .map(|c| {
            let hs: Vec<String> = c
                .holders
                .iter()
                .map(|h| match h {
                    Holder::Closure { func, var } => format!("closure {}.{var}", func.name()),
                    Holder::Frame { frame, var, own } => format!("frame {frame}.{var} own={own}"),
                    Holder::Generator {
                        generator,
                        var,
                        own,
                    } => {
                        format!("generator {generator}.{var} own={own}")
                    }
                    Holder::Returned { frame, var } => format!("returned {frame}.{var}"),
                })
                .collect();
            format!("cell#{}: {}", c.cell.id, hs.join(", "))
        })
        .collect()
}

const COUNTER: &str = "
def make_counter():
    count = 0
    step = 1
    def inc():
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
";

#[test]
fn a_returned_call_keeps_its_cells() {
    let (_i, snap) = snapshot_after(&format!("{COUNTER}inc, get = make_counter()\n"));
    assert_eq!(returned(&snap), ["make_counter: count=cell#1 step=cell#2"]);
    assert_eq!(
        holders(&snap),
        [
            "cell#1: closure inc.count, closure get.count, returned 0.count",
            "cell#2: closure inc.step, returned 0.step",
        ]
    );
}

#[test]
fn each_call_is_its_own_returned_frame() {
    let (_i, snap) = snapshot_after(&format!(
        "{COUNTER}a = make_counter()\nb = make_counter()\n"
    ));
    assert_eq!(
        returned(&snap),
        [
            "make_counter: count=cell#1 step=cell#2",
            "make_counter: count=cell#3 step=cell#4"
        ]
    );
}

#[test]
fn a_pass_through_cell_belongs_to_the_outermost_binder() {
    let src = "
def a():
    x = 1
    def b():
        def c():
            return x
        return c
    return b()
f = a()
";
    let (_i, snap) = snapshot_after(src);
    assert_eq!(returned(&snap), ["a: x=cell#1"]);
    let made: Vec<String> = snap
        .functions
        .iter()
        .filter(|f| !f.cells.is_empty())
        .map(|f| format!("{} by {:?} cells {:?}", f.qualname, f.made_by, f.cells))
        .collect();
    assert!(
        made.contains(
            &"a.<locals>.b.<locals>.c by Some((\"a.<locals>.b\", 5)) cells [1]".to_string()
        ),
        "{made:?}"
    );
}

#[test]
fn a_suspended_generator_holds_its_frame() {
    let src = "
def gen():
    total = 0
    def add(n):
        nonlocal total
        total += n
    for i in range(3):
        add(i)
        yield total
g = gen()
next(g)
next(g)
";
    let (mut i, snap) = snapshot_after(src);
    assert_eq!(snap.generators.len(), 1);
    let frame = &snap.generators[0].frame;
    assert_eq!(frame.line, 9);
    let locals: Vec<String> = frame
        .locals
        .iter()
        .map(|(n, v)| match v {
            Some(v) => format!("{n}={}", i.vm().repr(v).unwrap_or_default()),
            None => format!("{n} unbound"),
        })
        .collect();
    assert_eq!(locals.len(), 2, "{locals:?}");
    assert!(
        locals[0].starts_with("add=<function gen.<locals>.add at 0x"),
        "{locals:?}"
    );
    assert_eq!(locals[1], "i=1");
    assert_eq!(frame.cellvars.len(), 1);
    assert!(snap.returned.is_empty(), "the generator's frame is alive");
    assert_eq!(
        holders(&snap),
        ["cell#1: closure add.total, generator 0.total own=true"]
    );
}

#[test]
fn unreachable_cells_are_not_alive() {
    let (_i, snap) = snapshot_after(&format!("{COUNTER}make_counter()\nx = 1\n"));
    assert!(snap.cells.is_empty() && snap.returned.is_empty());
}
