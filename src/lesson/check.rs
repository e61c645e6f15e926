//! `cellar --check-lessons`: runs every lesson's code in a fresh session
//! and compares what cellar prints with the recorded `output` and `answer`
//! blocks; runs `repl` blocks (each command must succeed) and the closing
//! exercise's solution followed by its check (which must print ✓).

use super::{Kind, Lesson};
use crate::inspect::View;
use crate::interpreter::{Capture, Interpreter};
use std::io::Write;

/// The name tracebacks show for lesson code.
pub const FILENAME: &str = "<lesson>";

/// Every problem found in one lesson, as `path:line: message` texts.
pub fn check(lesson: &Lesson) -> Vec<String> {
    let capture = Capture::default();
    let mut interp = Interpreter::new(Box::new(capture.clone()));
    let run = |interp: &mut Interpreter, code: &str| {
        if let Err(report) = interp.run_source(code, FILENAME) {
            capture.0.borrow_mut().extend_from_slice(report.as_bytes());
        }
    };
    let mut problems = Vec::new();
    for (n, step) in lesson.steps.iter().enumerate() {
        let place =
            |line: usize| format!("{}:{}: step {} ({})", lesson.path, line, n + 1, step.title);
        let mut blocks = step.blocks.iter().peekable();
        while let Some(b) = blocks.next() {
            match &b.kind {
                Kind::Run | Kind::Stepped | Kind::Predict(_) => {
                    if b.kind == Kind::Stepped {
                        if let Err(msg) = stepped(&mut interp, &b.text, &capture) {
                            problems.push(format!("{}: {msg}", place(b.line)));
                        }
                    } else {
                        run(&mut interp, &b.text);
                    }
                    let got = capture.take();
                    let expected = match &b.kind {
                        Kind::Run | Kind::Stepped => match blocks.peek() {
                            Some(o) if o.kind == Kind::Output => {
                                blocks.next().map(|o| o.text.as_str())
                            }
                            _ => Some(""),
                        },
                        _ => step.answer().map(|a| a.text.as_str()),
                    };
                    if let Some(expected) = expected
                        && expected != got
                    {
                        problems.push(format!(
                            "{}: output differs\n--- recorded\n{expected}--- cellar printed\n{got}",
                            place(b.line)
                        ));
                    }
                }
                Kind::Output => problems.push(format!(
                    "{}: an output block must follow a python run block",
                    place(b.line)
                )),
                Kind::Repl => {
                    for cmd in b.text.lines().map(str::trim).filter(|l| !l.is_empty()) {
                        if let Err(msg) = repl_command(&mut interp, &View::plain(), cmd) {
                            problems.push(format!("{}: `{cmd}` failed: {msg}", place(b.line)));
                        }
                    }
                    capture.take();
                }
                Kind::Check => {
                    // the starter code runs when the step is shown, then the learner's
                    let codes = step.of(|k| matches!(k, Kind::Exercise | Kind::Solution));
                    for code in codes {
                        run(&mut interp, &code.text);
                    }
                    run(&mut interp, &b.text);
                    let got = capture.take();
                    if !got.ends_with("✓\n") || got.contains("Traceback") {
                        problems.push(format!(
                            "{}: the exercise's solution does not pass its check (it must print ✓)\n{got}",
                            place(b.line)
                        ));
                    }
                }
                _ => {}
            }
        }
    }
    problems
}

/// Records a `python step` block as the stepper does; what it printed goes
/// to `capture`. A recording that hits the step limit is a problem.
fn stepped(interp: &mut Interpreter, code: &str, capture: &Capture) -> Result<(), String> {
    let recorded = crate::step::record_in(interp, code, FILENAME, crate::step::DEFAULT_LIMIT)
        .map_err(|e| format!("the step block does not compile: {}", e.msg))?;
    let rec = recorded.recording;
    capture
        .0
        .borrow_mut()
        .extend_from_slice(rec.output.as_bytes());
    match rec.end {
        crate::step::End::Limit(n) => Err(format!(
            "the step block runs past the stepper's limit ({n} steps)"
        )),
        _ => Ok(()),
    }
}

/// Runs one inspection command from a `repl` block, returning its text.
pub fn repl_command(interp: &mut Interpreter, view: &View, line: &str) -> Result<String, String> {
    let body = line.trim().trim_start_matches(':');
    let (name, arg) = body.split_once(char::is_whitespace).unwrap_or((body, ""));
    match crate::inspect::command(interp, view, name, arg) {
        Some(result) => result,
        None => Err(format!("unknown command :{name}")),
    }
}

/// Checks every lesson; prints problems and a summary; the exit status.
pub fn run(lessons: &[Lesson], errors: &[super::LessonError]) -> i32 {
    let mut failed = errors.len();
    let mut out = std::io::stdout();
    for e in errors {
        let _ = writeln!(std::io::stderr(), "{e}");
    }
    for lesson in lessons {
        let problems = check(lesson);
        if problems.is_empty() {
            let _ = writeln!(out, "ok    {} ({} steps)", lesson.path, lesson.steps.len());
        } else {
            failed += 1;
            let _ = writeln!(out, "FAIL  {}", lesson.path);
            for p in problems {
                let _ = writeln!(std::io::stderr(), "{p}");
            }
        }
    }
    let total = lessons.len() + errors.len();
    let _ = writeln!(out, "{} of {total} lessons pass", total - failed);
    i32::from(failed > 0)
}
