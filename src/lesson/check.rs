//! `cellar --check-lessons`: runs every lesson's code in a fresh session
//! and compares what cellar prints with the recorded `output` and `answer`
//! blocks; runs `repl` blocks (each command must succeed) and the closing
//! exercise's solution followed by its check (which must print ✓).
//! Each block has a time limit (the lesson's `timeout`, `--lesson-timeout`,
//! 10 s by default): a block over it is a failure and the lesson's other
//! blocks are skipped. What a block prints is kept up to 64 KiB.

use super::watchdog::{DEFAULT_TIMEOUT, Watchdog};
use super::{Kind, Lesson};
use crate::inspect::View;
use crate::interpreter::{Capture, Interpreter};
use std::cell::Cell;
use std::io::Write;
use std::rc::Rc;
use std::time::Duration;

/// The name tracebacks show for lesson code.
pub const FILENAME: &str = "<lesson>";

/// The most output of one block kept for comparison.
const MAX_OUTPUT: usize = 64 * 1024;

/// Every problem found in one lesson, as `path:line: message` texts;
/// `timeout` is the limit for lessons that set none.
pub fn check(lesson: &Lesson, timeout: Option<Duration>) -> Vec<String> {
    let capture = Bounded::default();
    let mut interp = Interpreter::new(Box::new(capture.clone()));
    let limit = lesson.timeout.or(timeout).unwrap_or(DEFAULT_TIMEOUT);
    let watchdog = Watchdog::new(interp.vm_ref().interrupt.clone());
    let timed_out = Cell::new(None);
    let run = |interp: &mut Interpreter, code: &str, line: usize| {
        if timed_out.get().is_some() {
            return;
        }
        watchdog.arm(limit);
        let result = interp.run_source(code, FILENAME);
        if watchdog.disarm() {
            timed_out.set(Some(line));
        }
        if let Err(report) = result {
            capture.push(report.as_bytes());
        }
    };
    let step = |interp: &mut Interpreter, code: &str, line: usize| {
        if timed_out.get().is_some() {
            return None;
        }
        watchdog.arm(limit);
        let result = stepped(interp, code, &capture);
        if watchdog.disarm() {
            timed_out.set(Some(line));
        }
        result.err()
    };
    let runners = Runners {
        run: &run,
        step: &step,
    };
    let problems = check_steps(lesson, &mut interp, &capture, &runners);
    match timed_out.get() {
        Some(line) => vec![format!(
            "{}:{line}: the block ran past its time limit ({} s) and was interrupted; \
             the lesson's other blocks were not checked",
            lesson.path,
            limit.as_secs_f64()
        )],
        None => problems,
    }
}

type Runner<'a> = dyn Fn(&mut Interpreter, &str, usize) + 'a;

/// Runs a block of code (`run`), or records it as the stepper does
/// (`step`, which says what went wrong), each under the time limit.
struct Runners<'a> {
    run: &'a Runner<'a>,
    step: &'a dyn Fn(&mut Interpreter, &str, usize) -> Option<String>,
}

fn check_steps(
    lesson: &Lesson,
    interp: &mut Interpreter,
    capture: &Bounded,
    runners: &Runners,
) -> Vec<String> {
    let run = runners.run;
    let mut problems = Vec::new();
    for (n, step) in lesson.steps.iter().enumerate() {
        let place =
            |line: usize| format!("{}:{}: step {} ({})", lesson.path, line, n + 1, step.title);
        let mut blocks = step.blocks.iter().peekable();
        while let Some(b) = blocks.next() {
            match &b.kind {
                Kind::Run | Kind::Stepped | Kind::Predict(_) => {
                    if b.kind == Kind::Stepped {
                        if let Some(msg) = (runners.step)(interp, &b.text, b.line) {
                            problems.push(format!("{}: {msg}", place(b.line)));
                        }
                    } else {
                        run(interp, &b.text, b.line);
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
                        match repl_command(interp, &View::plain(), cmd) {
                            Err(msg) => {
                                problems.push(format!("{}: `{cmd}` failed: {msg}", place(b.line)))
                            }
                            Ok(text) => problems.extend(untypable(&text).map(|s| {
                                format!(
                                    "{}: `{cmd}` suggests `{s}`, which does not parse",
                                    place(b.line)
                                )
                            })),
                        }
                    }
                    capture.take();
                }
                Kind::Check => {
                    // the starter code runs when the step is shown, then the learner's
                    let codes = step.of(|k| matches!(k, Kind::Exercise | Kind::Solution));
                    for code in codes {
                        run(interp, &code.text, code.line);
                    }
                    run(interp, &b.text, b.line);
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

/// The commands a command's output suggests (`(:closure fs[0] shows
/// them)`) whose expression is not one a learner could type.
fn untypable(text: &str) -> impl Iterator<Item = String> + '_ {
    const COMMANDS: [&str; 5] = [":closure ", ":freevars ", ":dis ", ":scope ", ":explain "];
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut found = Vec::new();
    for command in COMMANDS {
        for (at, _) in flat.match_indices(command) {
            let rest = &flat[at + command.len()..];
            let expr = rest[..expression_end(rest)]
                .trim()
                .trim_end_matches(['.', ',']);
            if crate::parse::module(&format!("({expr})\n")).is_err() {
                found.push(format!("{}{expr}", command));
            }
        }
    }
    found.into_iter()
}

/// Where a suggested command's expression ends: at an unmatched closing
/// bracket, a `;`, or the words that follow it (` shows`).
fn expression_end(rest: &str) -> usize {
    let mut depth = 0i32;
    for (i, c) in rest.char_indices() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' if depth == 0 => return i,
            ')' | ']' | '}' => depth -= 1,
            ';' if depth == 0 => return i,
            ' ' if depth == 0 && rest[i..].starts_with(" shows") => return i,
            _ => {}
        }
    }
    rest.len()
}

/// Records a `python step` block as the stepper does; what it printed goes
/// to `capture`. A recording that hits the step limit is a problem.
fn stepped(interp: &mut Interpreter, code: &str, capture: &Bounded) -> Result<(), String> {
    let recorded = crate::step::record_in(interp, code, FILENAME, crate::step::DEFAULT_LIMIT)
        .map_err(|e| format!("the step block does not compile: {}", e.msg))?;
    let rec = recorded.recording;
    capture.push(rec.output.as_bytes());
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
    if name == "export" {
        return Err("a lesson cannot write files: :export is for the learner to type".into());
    }
    match crate::inspect::command(interp, view, name, arg) {
        Some(result) => result,
        None => Err(format!("unknown command :{name}")),
    }
}

/// What lesson code prints, kept up to MAX_OUTPUT bytes per block.
#[derive(Clone, Default)]
struct Bounded {
    kept: Capture,
    dropped: Rc<Cell<usize>>,
}

impl Bounded {
    fn push(&self, bytes: &[u8]) {
        let mut kept = self.kept.0.borrow_mut();
        let room = MAX_OUTPUT.saturating_sub(kept.len()).min(bytes.len());
        kept.extend_from_slice(&bytes[..room]);
        self.dropped.set(self.dropped.get() + bytes.len() - room);
    }

    /// The block's output (with a note when some was dropped).
    fn take(&self) -> String {
        let mut text = self.kept.take();
        let dropped = self.dropped.replace(0);
        if dropped > 0 {
            text.push_str(&format!("[... {dropped} more bytes not kept]\n"));
        }
        text
    }
}

impl Write for Bounded {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.push(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Checks every lesson; prints problems and a summary; the exit status.
/// `timeout` is `--lesson-timeout` (for lessons whose front matter sets
/// none).
pub fn run(lessons: &[Lesson], errors: &[super::LessonError], timeout: Option<Duration>) -> i32 {
    let mut failed = errors.len();
    let mut out = std::io::stdout();
    for e in errors {
        let _ = writeln!(std::io::stderr(), "{e}");
    }
    for lesson in lessons {
        let problems = check(lesson, timeout);
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

#[cfg(test)]
mod tests {
    #[test]
    fn qualnames_are_not_typable() {
        let text = "calling it sees them (:closure make_all.<locals>.f shows them).";
        assert_eq!(
            super::untypable(text).collect::<Vec<_>>(),
            [":closure make_all.<locals>.f"]
        );
        assert_eq!(super::untypable("(:closure fs[0] shows them)").count(), 0);
    }
}
