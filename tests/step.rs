//! The stepper through the Interpreter, without a REPL: what a recording
//! holds step by step, where a run stops, and that it leaves the
//! interpreter as a plain run would.

use cellar::interpreter::{Capture, Interpreter};
use cellar::step::{self, End, Kind, Recording, Shown};

const COUNTER: &str = "\
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
";

fn interp() -> (Interpreter, Capture) {
    let out = Capture::default();
    (Interpreter::new(Box::new(out.clone())), out)
}

fn run(interp: &mut Interpreter, source: &str) {
    let code = interp
        .compile(source, "<stdin>", cellar::Mode::Exec)
        .expect("compiles");
    assert!(interp.run(code).is_ok(), "runs");
}

fn record(interp: &mut Interpreter, source: &str) -> Recording {
    step::record(interp, source, step::DEFAULT_LIMIT)
        .expect("compiles")
        .recording
}

fn words(rec: &Recording) -> Vec<&str> {
    rec.steps.iter().map(|s| s.words.as_str()).collect()
}

#[test]
fn a_counter_run_is_recorded_event_by_event() {
    let (mut it, _) = interp();
    run(&mut it, COUNTER);
    let rec = record(&mut it, "c = make_counter()\nc()\n");
    let w = words(&rec);
    let expect = [
        "line 1",
        "make_counter() is called",
        "make_counter() makes cell#1 for count",
        "line 2 in make_counter",
        "make_counter() writes count: cell#1 (empty) → 0",
        "line 3 in make_counter",
        "function inc is made, closing over count (cell#1)",
        "line 7 in make_counter",
        "make_counter() returns <function make_counter.<locals>.inc>",
        "line 2",
        "inc() is called",
        "line 5 in inc",
        "inc() writes count: cell#1 0 → 1",
        "line 6 in inc",
        "inc() returns 1",
        "the run ends",
    ];
    assert_eq!(w, expect);
    assert_eq!(rec.end, End::Finished);
    assert_eq!(rec.output, "1\n", "the echo of c() is the run's output");
}

#[test]
fn a_step_keeps_the_state_of_its_moment() {
    let (mut it, _) = interp();
    run(&mut it, COUNTER);
    let rec = record(&mut it, "c = make_counter()\nc()\nc()\n");
    let writes: Vec<_> = rec.steps.iter().filter_map(|s| s.change.clone()).collect();
    let values: Vec<Option<&str>> = writes.iter().map(|c| c.new.as_deref()).collect();
    assert_eq!(values, [Some("0"), Some("1"), Some("2")]);
    // after make_counter() returned, its cell lives on and the call is gone
    let returned = rec
        .steps
        .iter()
        .find(|s| s.words.starts_with("make_counter() returns"))
        .expect("a return step");
    assert_eq!(returned.frames.len(), 1, "only the module is running");
    assert_eq!(returned.returned.len(), 1);
    assert_eq!(&*returned.returned[0].call, "make_counter()");
    assert_eq!(returned.returned[0].cells, [1]);
    assert_eq!(returned.cells[0].value.as_deref(), Some("0"));
    // the first write shows the cell as it was then, not as it is now
    let first = rec
        .steps
        .iter()
        .find(|s| s.change.is_some())
        .expect("a write");
    let inner = first.frames.last().expect("make_counter's frame");
    assert_eq!(&*inner.title, "make_counter()");
    assert!(
        inner
            .vars
            .iter()
            .any(|v| &*v.name == "count" && v.shown == Shown::Cell(1))
    );
    assert_eq!(first.cells[0].value.as_deref(), Some("0"));
}

#[test]
fn the_session_holds_what_the_code_left() {
    let (mut it, out) = interp();
    run(&mut it, COUNTER);
    record(&mut it, "c = make_counter()\nc()\n");
    run(&mut it, "print(c(), c())\n");
    assert_eq!(out.take(), "2 3\n");
}

#[test]
fn output_is_captured_per_step() {
    let (mut it, out) = interp();
    let rec = record(&mut it, "print('a')\nprint('b')\n");
    assert_eq!(out.take(), "", "a recorded run prints into the recording");
    let seen: Vec<&str> = rec.steps.iter().map(|s| &rec.output[..s.output]).collect();
    assert_eq!(seen, ["", "a\n", "a\nb\n"]);
}

#[test]
fn a_long_run_stops_at_the_limit_and_can_be_walked() {
    let (mut it, _) = interp();
    let rec = step::record(&mut it, "while True:\n    pass\n", 100)
        .expect("compiles")
        .recording;
    assert_eq!(rec.end, End::Limit(100));
    assert_eq!(rec.steps.len(), 101, "100 steps and the note");
    assert_eq!(rec.steps[100].kind, Kind::End);
    assert!(rec.steps[100].words.contains("step limit"));
}

#[test]
fn a_handler_cannot_keep_a_stopped_run_going() {
    let (mut it, _) = interp();
    let source =
        "n = 0\nwhile True:\n    try:\n        n += 1\n    except BaseException:\n        pass\n";
    let rec = step::record(&mut it, source, 50)
        .expect("compiles")
        .recording;
    assert_eq!(rec.end, End::Limit(50));
    run(&mut it, "m = n\n");
}

#[test]
fn ctrl_c_stops_the_recording() {
    let (mut it, _) = interp();
    it.vm()
        .interrupt
        .store(true, std::sync::atomic::Ordering::Relaxed);
    let rec = record(&mut it, "x = 1\nwhile True:\n    x += 1\n");
    assert_eq!(rec.end, End::Interrupted);
    assert_eq!(
        rec.steps.last().map(|s| s.words.as_str()),
        Some("stopped by Ctrl-C")
    );
}

#[test]
fn an_exception_is_a_step_and_the_run_ends_with_it() {
    let (mut it, _) = interp();
    let recorded = step::record(&mut it, "def f():\n    return 1/0\nf()\n", 100).expect("compiles");
    let rec = &recorded.recording;
    let w = words(rec);
    assert!(w.contains(&"ZeroDivisionError: division by zero is raised in f at line 2"));
    assert!(w.contains(&"ZeroDivisionError leaves f()"));
    assert_eq!(rec.end, End::Raised);
    assert!(
        rec.output
            .ends_with("ZeroDivisionError: division by zero\n")
    );
    assert!(recorded.exception.is_some(), "for :explain");
}

#[test]
fn generators_suspend_and_resume_as_one_call() {
    let (mut it, _) = interp();
    run(
        &mut it,
        "def gen():\n    n = 0\n    def bump():\n        nonlocal n\n        n += 1\n    yield n\n    bump()\n    yield n\n",
    );
    let rec = record(&mut it, "g = gen()\nnext(g)\nnext(g)\n");
    let w = words(&rec);
    let events: Vec<&str> = w
        .iter()
        .copied()
        .filter(|w| w.starts_with("gen()"))
        .collect();
    assert_eq!(
        events,
        [
            "gen() makes cell#1 for n",
            "gen() starts (first next)",
            "gen() writes n: cell#1 (empty) → 0",
            "gen() suspends, yielding 0",
            "gen() resumes",
            "gen() suspends, yielding 1",
        ]
    );
    let last = rec.steps.last().expect("steps");
    assert_eq!(
        last.suspended.len(),
        1,
        "the generator is suspended at the end"
    );
}

#[test]
fn late_binding_shows_one_cell_for_three_closures() {
    let (mut it, _) = interp();
    let rec = record(&mut it, "fs = [lambda: i for i in range(3)]\n");
    let last = rec.steps.last().expect("steps");
    assert_eq!(last.cells.len(), 1);
    let cell = &last.cells[0];
    let holders: Vec<&str> = cell.holders.iter().map(|(h, _)| &**h).collect();
    assert_eq!(holders, ["fs[0]", "fs[1]", "fs[2]"]);
    assert_eq!(cell.value.as_deref(), Some("2"));
    assert!(
        cell.note
            .as_deref()
            .is_some_and(|n| n.contains("late binding"))
    );
}

#[test]
fn a_recording_of_ten_thousand_steps_is_small() {
    let (mut it, _) = interp();
    run(&mut it, COUNTER);
    run(&mut it, "c = make_counter()\n");
    let rec = record(&mut it, "for _ in range(100000):\n    c()\n");
    assert_eq!(rec.steps.len(), step::DEFAULT_LIMIT + 1);
    // unchanged frames and cells are shared between steps, not copied
    let distinct_cells: std::collections::HashSet<*const step::CellRec> =
        rec.steps.iter().map(|s| s.cells.as_ptr()).collect();
    let writes = rec.steps.iter().filter(|s| s.change.is_some()).count();
    assert!(
        distinct_cells.len() <= 2 * writes + 2,
        "{} cell lists for {writes} writes",
        distinct_cells.len()
    );
}

#[test]
fn tracing_is_off_after_a_recording() {
    let (mut it, _) = interp();
    record(&mut it, "x = 1\n");
    assert!(!it.vm().tracing());
}

#[test]
fn export_writes_one_slide_or_one_per_step() {
    let (mut it, _) = interp();
    run(&mut it, COUNTER);
    let mut walk = step::Walk::new(record(&mut it, "c = make_counter()\nc()\n"));
    let dir = tempfile::tempdir().expect("temp dir");
    let one = dir.path().join("now.svg");
    walk.at = 4;
    let said = walk
        .export(one.to_str().expect("utf-8 path"))
        .expect("written");
    assert!(said.contains("step 5/"), "{said}");
    let svg = std::fs::read_to_string(&one).expect("the slide");
    assert!(svg.starts_with("<svg") && svg.contains("writes count: cell#1 (empty) → 0"));
    assert!(svg.contains("&lt;module&gt;"), "text is escaped");
    let all = dir.path().join("slides/");
    walk.export(all.to_str().expect("utf-8 path"))
        .expect("written");
    let count = std::fs::read_dir(&all).expect("the directory").count();
    assert_eq!(count, walk.rec.steps.len());
    assert!(all.join("step-001.svg").exists());
    assert!(walk.export("notes.txt").is_err(), "only SVG");
}
