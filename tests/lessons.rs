//! The bundled lessons pass `cellar --check-lessons`; a malformed lesson is
//! reported with its path and line while the others still load and run.

use std::process::Command;

fn cellar(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_cellar"))
        .args(args)
        .env(
            "XDG_STATE_HOME",
            std::env::temp_dir().join("cellar-lessons-test"),
        )
        .output()
        .expect("cellar runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn bundled_lessons_pass_check_lessons() {
    let (ok, out, err) = cellar(&["--check-lessons"]);
    assert!(ok, "--check-lessons failed:\n{out}\n{err}");
    let count = out.lines().filter(|l| l.starts_with("ok ")).count();
    assert!(count >= 3, "too few lessons:\n{out}");
}

#[test]
fn bundled_lessons_are_listed_in_order() {
    let (ok, out, _) = cellar(&["--lessons"]);
    assert!(ok);
    assert!(out.starts_with(" 1. A first closure"), "{out}");
}

const GOOD: &str = "+++\ntitle = \"Good\"\n+++\n\n## One\n\n```python run\nprint(1 + 1)\n```\n\n```output\n2\n```\n";

#[test]
fn a_malformed_lesson_is_reported_and_the_others_load() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("01-good.md"), GOOD).unwrap();
    let bad = "+++\ntitle = \"Bad\"\n+++\n\n## One\n\n```python run\nprint(1)\n";
    std::fs::write(dir.path().join("02-bad.md"), bad).unwrap();
    let d = dir.path().to_str().unwrap();
    let (ok, out, err) = cellar(&["--check-lessons", d]);
    assert!(!ok);
    assert!(
        out.contains("ok    ") && out.contains("01-good.md"),
        "{out}"
    );
    assert!(
        err.contains("02-bad.md:7: this code block is never closed"),
        "{err}"
    );
    let (_, out, err) = cellar(&["--lesson-dir", d, "--lessons"]);
    assert!(out.contains("Good (1 steps)"), "{out}");
    assert!(
        format!("{out}{err}").contains("malformed lesson: ") && out.contains("02-bad.md:7"),
        "{out}"
    );
}

#[test]
fn a_wrong_recorded_output_fails_with_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let wrong = GOOD.replace("```output\n2\n", "```output\n3\n");
    std::fs::write(dir.path().join("01-wrong.md"), wrong).unwrap();
    let (ok, _, err) = cellar(&["--check-lessons", dir.path().to_str().unwrap()]);
    assert!(!ok);
    assert!(
        err.contains("01-wrong.md:7: step 1 (One): output differs"),
        "{err}"
    );
}

/// A learner goes through every lesson in one session: `:lesson N`, `:next`
/// to the last step, the exercise's solution typed in, `:check` passes.
#[test]
fn every_lesson_can_be_completed_in_one_session() {
    // Python calls made from Rust (lru_cache, sorted keys) nest the
    // dispatch loop; unoptimised builds need more than a test thread's
    // 2 MiB for that (the binary runs the VM on a 1 GiB stack).
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(complete_every_lesson)
        .expect("spawn")
        .join()
        .expect("no panic");
}

fn complete_every_lesson() {
    let (mut session, capture) = cellar::repl::Session::captured();
    let (lessons, errors) = cellar::lesson::load(&[]);
    assert!(errors.is_empty(), "{errors:?}");
    assert!(lessons.len() >= 14);
    for lesson in &lessons {
        let n = lesson.number().expect("bundled lessons are numbered");
        session.feed_line(&format!(":lesson {n}"));
        for _ in 1..lesson.steps.len() {
            if session.stepper.walk.is_some() {
                session.feed_line("q"); // a `python step` block opened the stepper
            }
            session.feed_line(":next");
        }
        let last = lesson.steps.last().unwrap();
        assert!(last.is_exercise(), "{} ends with an exercise", lesson.path);
        let solution = last
            .of(|k| *k == cellar::lesson::Kind::Solution)
            .next()
            .expect("the exercise has a solution");
        session.run_script(&solution.text, "<learner>");
        session.feed_line(":check");
        let out = capture.take();
        assert!(
            out.contains("Exercise passed"),
            "{}: the exercise did not pass:\n{out}",
            lesson.path
        );
        assert!(!out.contains("Traceback"), "{}:\n{out}", lesson.path);
        let steps = lesson.steps.len();
        assert!(
            (5..=12).contains(&steps),
            "{} has {steps} steps",
            lesson.path
        );
    }
}

const LOOPS: &str = "+++\ntitle = \"Loops\"\n+++\n\n## One\n\n```python run\nwhile True:\n    pass\n```\n\n## Two\n\n```python run\nprint(2)\n```\n\n```output\n3\n```\n";

const FLOODS: &str = "+++\ntitle = \"Floods\"\ntimeout = 0.5\n+++\n\n## One\n\n```python run\nwhile True:\n    print('x' * 1000)\n```\n";

#[test]
fn a_looping_block_times_out_with_its_place_and_the_next_lesson_is_checked() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("01-loops.md"), LOOPS).expect("write");
    std::fs::write(dir.path().join("02-floods.md"), FLOODS).expect("write");
    std::fs::write(dir.path().join("03-good.md"), GOOD).expect("write");
    let d = dir.path().to_str().expect("utf-8 path");
    let (ok, out, err) = cellar(&["--check-lessons", d, "--lesson-timeout", "1"]);
    assert!(!ok);
    assert!(
        err.contains("01-loops.md:7: the block ran past its time limit (1 s)"),
        "{err}"
    );
    assert!(
        err.contains("02-floods.md:8: the block ran past its time limit (0.5 s)"),
        "{err}"
    );
    // The loop's later step is not checked (its wrong output is not reported).
    assert!(!err.contains("output differs"), "{err}");
    assert!(
        out.contains("ok    ") && out.contains("03-good.md"),
        "{out}"
    );
    assert!(out.ends_with("1 of 3 lessons pass\n"), "{out}");
}
