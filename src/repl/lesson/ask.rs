//! The questions a step asks and how they are answered: `:predict`,
//! `:answer`, `:hint`, `:run`, `:check`.

use super::super::Session;
use super::show::indented;
use super::write_progress;
use crate::lesson::Kind;
use crate::lesson::predict::{Verdict, compare};

impl Session {
    pub(super) fn cmd_hint(&mut self) {
        let Some((_, step)) = self.current_step() else {
            return;
        };
        let hints: Vec<String> = step
            .of(|k| *k == Kind::Hint)
            .map(|b| b.text.clone())
            .collect();
        if hints.is_empty() {
            return self.print("no hint for this step");
        }
        self.print(&format!("hint: {}", hints.join("\n").trim_end()));
    }

    pub(super) fn cmd_answer(&mut self) {
        let Some((k, step)) = self.current_step() else {
            return;
        };
        if step.predict().is_some() {
            let out = self.run_step_code(k, false);
            return self.reveal(&out, &step);
        }
        if let Some(sol) = step.of(|k| *k == Kind::Solution).next() {
            return self.print(&format!("one solution:\n{}", indented(&sol.text)));
        }
        self.print("this step asks no question");
    }

    /// `:run`: the step's code again; what it prints now is the step's
    /// answer from then on.
    pub(super) fn cmd_run(&mut self) {
        let Some((k, step)) = self.current_step() else {
            return;
        };
        if step.is_exercise() {
            return self.cmd_check();
        }
        if let Some(b) = step.of(|k| *k == Kind::Stepped).next() {
            return self.step_lesson_code(&b.text.clone());
        }
        let codes: Vec<String> = step
            .of(|k| matches!(k, Kind::Run | Kind::Predict(_)))
            .map(|b| b.text.clone())
            .collect();
        if codes.is_empty() {
            return self.print("this step has no code to run");
        }
        let mut all = String::new();
        for code in codes {
            let out = self.run_captured(&code);
            self.print(&out);
            all.push_str(&out);
        }
        if let Some(cur) = &mut self.tutor.current {
            cur.outputs[k] = Some(all);
        }
    }

    /// `:predict TEXT`: right, or another try; the answer shows when the
    /// guess is right, after two wrong tries, or on `:answer`.
    pub(super) fn cmd_predict(&mut self, guess: &str) {
        let Some((k, step)) = self.current_step() else {
            return;
        };
        if step.predict().is_none() {
            return self.print("this step asks no question (:next goes on)");
        }
        if guess.is_empty() {
            return self.complain(
                "usage: :predict WHAT IT PRINTS  (type \\n between lines, or put them on one line)",
            );
        }
        let out = self.run_step_code(k, false);
        match compare(guess, &out) {
            Verdict::Right(note) => {
                self.print(&format!(
                    "✓ right!{}",
                    note.map(|n| format!(" {n}")).unwrap_or_default()
                ));
            }
            Verdict::Wrong(why) if self.wrong_try(k) < 2 => {
                return self.print(&format!(
                    "✗ not yet: {why}. Try again (:predict ...), or :answer to see it."
                ));
            }
            Verdict::Wrong(why) => self.print(&format!("✗ not quite: {why}.")),
        }
        self.reveal(&out, &step);
    }

    /// Counts a wrong prediction on step `k`; how many there were.
    fn wrong_try(&mut self, k: usize) -> u8 {
        let Some(cur) = &mut self.tutor.current else {
            return 0;
        };
        cur.tries[k] = cur.tries[k].saturating_add(1);
        cur.tries[k]
    }

    /// What the step's code printed, and the diagrams of its commands.
    fn reveal(&mut self, out: &str, step: &crate::lesson::Step) {
        self.print("it prints:");
        self.print(&indented(out));
        self.show_diagram(step);
    }

    /// `:check`: runs the exercise's check; on failure, says what it
    /// expected in the learner's terms (the assert's message, or the
    /// assert itself), not as a traceback.
    pub(super) fn cmd_check(&mut self) {
        let Some((_, step)) = self.current_step() else {
            return;
        };
        let Some(check) = step
            .of(|k| *k == Kind::Check)
            .next()
            .map(|b| b.text.clone())
        else {
            return self.print("this step has no exercise to check");
        };
        self.interp.last_exception = None;
        let out = self.run_captured(&check);
        let failure = self.interp.last_exception.clone();
        match failure {
            None if out.ends_with("✓\n") => self.exercise_passed(),
            None => {
                self.print(&out);
                self.check_failed("the check did not finish", &step);
            }
            Some(exc) => {
                let why = self.failure_in_words(&exc, &check);
                self.check_failed(&why, &step);
            }
        }
    }

    /// What a failed check expected: an assert's message, or its line;
    /// another exception as `Kind: message`.
    fn failure_in_words(&mut self, exc: &crate::exception::Exc, check: &str) -> String {
        let message = crate::exception::message_of(self.vm(), &exc.to_value()).unwrap_or_default();
        let kind = exc.class().name.to_string();
        if kind != "AssertionError" {
            return format!("the check stopped with {kind}: {message} (:explain says more)");
        }
        if !message.is_empty() {
            return message;
        }
        let line = exc.state().traceback.back().map_or(0, |t| t.line as usize);
        match check.lines().nth(line.saturating_sub(1)) {
            Some(text) => format!("this check failed: {}", text.trim()),
            None => "a check failed".to_string(),
        }
    }

    fn check_failed(&mut self, why: &str, step: &crate::lesson::Step) {
        let hint = if step.of(|k| *k == Kind::Hint).next().is_some() {
            " (:hint helps)"
        } else {
            ""
        };
        self.print(&format!(
            "✗ Not yet: {why}.\nChange your code and :check again{hint}."
        ));
    }

    fn exercise_passed(&mut self) {
        let Some(cur) = &self.tutor.current else {
            return;
        };
        let name = cur.lesson.name.clone();
        let next = cur.lesson.number().map(|n| n + 1);
        write_progress(&self.tutor.progress, &name, 0);
        let mut text = "✓ Exercise passed: this lesson is done.".to_string();
        if let Some(n) = next
            && crate::lesson::find(&self.tutor.all().0, &n.to_string()).is_some()
        {
            text.push_str(&format!(" :lesson {n} is next."));
        }
        self.print(&text);
    }
}
