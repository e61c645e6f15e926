//! Inputs at the limits end in Python errors with CPython's messages:
//! deep nesting, unbounded recursion (directly and through builtins),
//! huge allocations; and the cycle collector reclaims cycles through cells.

use std::process::Command;

/// Runs `cellar -c CODE`; returns (exit status, stdout, last stderr line).
fn run(code: &str) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_cellar"))
        .arg("-c")
        .arg(code)
        .output()
        .expect("run cellar");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let last = stderr.lines().last().unwrap_or("").to_string();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        last,
    )
}

#[test]
fn five_thousand_nested_brackets_are_a_syntax_error() {
    let code = format!("x = {}1{}", "(".repeat(5000), ")".repeat(5000));
    let (status, _, last) = run(&code);
    assert_eq!(status, 1);
    assert_eq!(last, "SyntaxError: too many nested parentheses");
}

#[test]
fn five_thousand_nested_operators_end_cleanly() {
    for code in [
        format!("x = {}1", "-".repeat(5000)),
        format!("x = {}1", "not ".repeat(5000)),
        format!("x = 1{}", " + 1".repeat(5000)),
    ] {
        let (status, _, last) = run(&code);
        assert!(
            status == 0 || last.contains("Error"),
            "status {status}: {last}"
        );
    }
}

#[test]
fn deep_blocks_are_an_indentation_error() {
    let mut code = String::new();
    for i in 0..150 {
        code.push_str(&format!("{}if True:\n", " ".repeat(i)));
    }
    code.push_str(&format!("{}pass\n", " ".repeat(150)));
    let (status, _, last) = run(&code);
    assert_eq!(status, 1);
    assert!(
        last.starts_with("IndentationError: too many levels of indentation"),
        "{last}"
    );
}

#[test]
fn unbounded_recursion_is_a_recursion_error() {
    let (status, _, last) = run("def f(n):\n    return f(n + 1)\nf(0)\n");
    assert_eq!(status, 1);
    assert_eq!(last, "RecursionError: maximum recursion depth exceeded");
}

#[test]
fn recursion_through_a_closure_and_builtins_is_a_recursion_error() {
    let code = "def outer():\n    def inner(n):\n        return list(map(inner, [n]))\n    return inner\nouter()(0)\n";
    let (status, _, last) = run(code);
    assert_eq!(status, 1);
    assert!(
        last.starts_with("RecursionError: maximum recursion depth exceeded"),
        "{last}"
    );
}

#[test]
fn recursion_error_can_be_caught_and_the_program_goes_on() {
    let code = "def f():\n    return f()\ntry:\n    f()\nexcept RecursionError as e:\n    print('caught', e)\nprint('after')\n";
    let (status, out, _) = run(code);
    assert_eq!(status, 0);
    assert_eq!(out, "caught maximum recursion depth exceeded\nafter\n");
}

#[test]
fn huge_repetition_is_a_memory_error() {
    let (status, _, last) = run("x = [0] * (10 ** 12)\n");
    assert_eq!(status, 1);
    assert_eq!(last, "MemoryError");
}

#[test]
fn self_recursive_inner_functions_are_collected() {
    let code = "\
import gc
def outer(n):
    def walk(k):
        return 0 if k == 0 else walk(k - 1) + 1
    return walk(n)
for i in range(20000):
    outer(3)
gc.collect()
print('ok')
";
    let (status, out, last) = run(code);
    assert_eq!((status, out.as_str()), (0, "ok\n"), "{last}");
}

#[test]
fn collector_frees_unreachable_cycles_and_keeps_live_ones() {
    let worker = std::thread::Builder::new().stack_size(64 << 20).spawn(|| {
        let mut interp = cellar::Interpreter::new(Box::new(cellar::repl::Capture::default()));
        let src = "\
def make():
    def rec():
        return rec
    return rec
keep = make()
for i in range(1000):
    make()
";
        let heap = interp.vm().heap.clone();
        heap.collect();
        // Automatic collections would free some cycles before the explicit
        // one counts them (as `gc.disable()` in Python).
        heap.set_gc_enabled(false);
        let before = heap.tracked_count();
        interp.run_source(src, "<gc>").expect("runs");
        let freed = heap.collect();
        heap.set_gc_enabled(true);
        let after = heap.tracked_count();
        (
            before,
            freed,
            after,
            interp.vm().globals.get_by_name("keep").is_some(),
        )
    });
    let (before, freed, after, kept) = worker.expect("spawn").join().expect("no panic");
    assert!(freed >= 2000, "freed {freed}");
    assert!(after < before + 50, "before {before}, after {after}");
    assert!(kept);
}

#[test]
fn hashing_a_tuple_nested_a_million_deep_is_a_recursion_error() {
    // CPython overflows its C stack here; cellar counts the depth.
    let code = "x = ()\nfor i in range(1000000):\n    x = (x,)\n\
                for f in (lambda: hash(x), lambda: {x: 1}, lambda: {x}):\n    \
                try:\n        f()\n    except RecursionError as e:\n        print(e)\n";
    let (status, out, _) = run(code);
    assert_eq!(status, 0);
    assert_eq!(
        out,
        "maximum recursion depth exceeded while hashing\n".repeat(3)
    );
}

/// A generator that swallows GeneratorExit is closed once when it dies, as
/// CPython finalizes an object once (PEP 442): one "ignored" report, then
/// the program goes on (it was revived and closed forever).
#[test]
fn a_generator_swallowing_generator_exit_is_closed_once() {
    let code = "def g():\n    while True:\n        try:\n            yield 1\n        except GeneratorExit:\n            print('swallowed')\nx = g()\nnext(x)\ndel x\nprint('after')\n";
    let out = Command::new(env!("CARGO_BIN_EXE_cellar"))
        .arg("-c")
        .arg(code)
        .output()
        .expect("run cellar");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "swallowed\nafter\n");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        stderr
            .matches("RuntimeError: generator ignored GeneratorExit")
            .count(),
        1,
        "{stderr}"
    );
    assert_eq!(out.status.code(), Some(0));
}

/// Sources CPython compiles in linear time are linear here too: many
/// adjacent string literals on one line, and a call with many keywords
/// (checked for repeats with a set). Quadratic, these took minutes.
#[test]
fn long_lines_of_literals_and_keywords_compile() {
    let literals = format!("x = ({})\nprint(len(x))\n", vec!["'ab'"; 200_000].join(" "));
    let (status, out, _) = run_source(&literals);
    assert_eq!((status, out.as_str()), (0, "400000\n"));
    let keywords: Vec<String> = (0..30_000).map(|i| format!("a{i}=1")).collect();
    let call = format!(
        "def f(**kw): return len(kw)\nprint(f({}))\n",
        keywords.join(", ")
    );
    let (status, out, _) = run_source(&call);
    assert_eq!((status, out.as_str()), (0, "30000\n"));
    let repeated = format!("f({}, a7=2)\n", keywords.join(", "));
    let (_, _, last) = run_source(&repeated);
    assert_eq!(last, "SyntaxError: keyword argument repeated: a7");
}

/// `run` for a source too long for a command line: written to a file.
fn run_source(code: &str) -> (i32, String, String) {
    let file = tempfile::NamedTempFile::new().expect("a temp file");
    std::fs::write(file.path(), code).expect("written");
    let out = Command::new(env!("CARGO_BIN_EXE_cellar"))
        .arg(file.path())
        .output()
        .expect("run cellar");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let last = stderr.lines().last().unwrap_or("").to_string();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    (out.status.code().unwrap_or(-1), stdout, last)
}
