//! The REPL's side of the stepper: `:step CODE` (or `:step` and a block
//! ended by an empty line) records a run; while a recording is walked each
//! line is a navigation command (`crate::step::Walk`), never Python.
//! `:watch` and `:unwatch` go to `crate::step::watch_command`.

use super::Session;
use crate::step::{self, Outcome, Walk};

/// What the stepper part of a session holds.
pub struct Stepper {
    /// The recording being walked.
    pub walk: Option<Walk>,
    /// `:step` alone was typed: the lines up to an empty one are the code.
    pub collecting: bool,
    /// The most steps a recording keeps (`:step --max N`).
    pub limit: usize,
    pub watches: step::Watches,
}

impl Default for Stepper {
    fn default() -> Stepper {
        Stepper {
            walk: None,
            collecting: false,
            limit: step::DEFAULT_LIMIT,
            watches: step::Watches::default(),
        }
    }
}

impl Session {
    /// Is a line for the stepper (walking, or collecting `:step`'s block)?
    pub(super) fn stepper_takes(&self) -> bool {
        self.stepper.walk.is_some() || self.stepper.collecting
    }

    /// A line while stepping: a navigation command, or a line of the block
    /// `:step` collects.
    pub(super) fn step_line(&mut self, line: &str) {
        if self.stepper.collecting {
            return self.collect_line(line);
        }
        if let Some(command) = line.trim().strip_prefix(':') {
            return self.step_colon(command);
        }
        let Some(walk) = self.stepper.walk.as_mut() else {
            return;
        };
        match walk.command(line, &self.view) {
            Outcome::Show(text) => self.print(&text),
            Outcome::Leave(text) => {
                self.stepper.walk = None;
                self.print(&text);
            }
        }
    }

    /// `:export` and `:help` work while stepping; other commands wait.
    fn step_colon(&mut self, command: &str) {
        let (name, arg) = command
            .split_once(char::is_whitespace)
            .unwrap_or((command, ""));
        let Some(walk) = self.stepper.walk.as_ref() else {
            return;
        };
        match name {
            "export" if self.no_files => self.complain(":export is off (--no-files)"),
            "export" => match walk.export(arg) {
                Ok(text) => self.print(&text),
                Err(msg) => self.complain(&msg),
            },
            "help" | "h" | "?" => self.print(step::HELP),
            "next" if walk.from_lesson && walk.at_end() => {
                self.stepper.walk = None;
                self.lesson_command("next", "");
            }
            "next" | "back" if walk.from_lesson => {
                let nav = if name == "next" { "n" } else { "b" };
                self.step_line(nav);
            }
            "q" | "quit" => {
                self.stepper.walk = None;
                self.print("left the stepper");
            }
            _ => self.complain(&format!(
                ":{name} waits until you leave the stepper (q leaves)\n{}",
                step::HELP
            )),
        }
    }

    fn collect_line(&mut self, line: &str) {
        if !line.is_empty() {
            self.pending.push_str(line);
            self.pending.push('\n');
            return;
        }
        self.stepper.collecting = false;
        let source = std::mem::take(&mut self.pending);
        if source.trim().is_empty() {
            return self.print("nothing to step");
        }
        self.start_stepping(&source);
    }

    /// `:step [--max N] [CODE]`
    pub(super) fn cmd_step(&mut self, arg: &str) {
        let mut rest = arg.trim();
        if let Some(after) = rest.strip_prefix("--max") {
            let after = after.trim_start();
            let (n, code) = after.split_once(char::is_whitespace).unwrap_or((after, ""));
            match n.parse::<usize>() {
                Ok(n) if n > 0 => self.stepper.limit = n,
                _ => {
                    return self.complain(
                        "usage: :step --max N [CODE]  (N, the most steps to record, is at least 1)",
                    );
                }
            }
            rest = code.trim();
            if rest.is_empty() {
                return self.print(&format!("recordings keep at most {n} steps now"));
            }
        }
        if rest.is_empty() {
            self.stepper.collecting = true;
            return;
        }
        self.start_stepping(&format!("{rest}\n"));
    }

    /// Records `source` and shows its first step.
    fn start_stepping(&mut self, source: &str) {
        self.inputs.push(source.to_string());
        let recorded = step::record(&mut self.interp, source, self.stepper.limit);
        self.walk_recorded(recorded, source, false);
    }

    /// Records a lesson's `python step` block and shows its first step;
    /// `:next` walks it, and goes on with the lesson after its last step.
    pub(super) fn step_lesson_code(&mut self, code: &str) {
        let filename = crate::lesson::check::FILENAME;
        let recorded = step::record_in(&mut self.interp, code, filename, self.stepper.limit);
        self.walk_recorded(recorded, code, true);
        if self.stepper.walk.is_some() {
            self.print(
                "(walk it with Enter, b, l, w NAME, c; :next goes on, q leaves the stepper)",
            );
        }
    }

    fn walk_recorded(
        &mut self,
        recorded: Result<step::Recorded, crate::syntax_error::SyntaxError>,
        source: &str,
        from_lesson: bool,
    ) {
        let recorded = match recorded {
            Ok(r) => r,
            Err(e) => return self.report_syntax_error(e, source, true),
        };
        if let Some(exc) = recorded.exception {
            self.interp.last_exception = Some(exc);
        }
        let mut walk = Walk::new(recorded.recording);
        walk.from_lesson = from_lesson;
        self.print(&walk.view(&self.view));
        self.stepper.walk = Some(walk);
    }

    /// `:watch [EXPR | cell#N]`, `:unwatch [...]`
    pub(super) fn cmd_watch(&mut self, unwatch: bool, arg: &str) {
        let watches = self.stepper.watches.clone();
        match step::watch_command(&mut self.interp, &watches, unwatch, arg) {
            Ok(text) => self.print(&text),
            Err(msg) => self.complain(&msg),
        }
    }
}
