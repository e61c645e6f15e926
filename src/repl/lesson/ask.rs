//! The questions a step asks and how they are answered: `:predict`,
//! `:answer`, `:hint`, `:run`, `:check`.

use super::super::Session;
use super::show::indented;
use super::write_progress;
use crate::lesson::Kind;

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
            self.print("it prints:");
            self.print(&indented(&out));
            return self.show_diagram(&step);
        }
        if let Some(sol) = step.of(|k| *k == Kind::Solution).next() {
            return self.print(&format!("one solution:\n{}", indented(&sol.text)));
        }
        self.print("this step asks no question");
    }

    pub(super) fn cmd_run(&mut self) {
        let Some((_, step)) = self.current_step() else {
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
        for code in codes {
            let out = self.run_captured(&code);
            self.print(&out);
        }
    }

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
        if same_output(guess, &out) {
            self.print("✓ right!");
        } else {
            self.print(&format!("✗ not quite: you said {}", guess.trim()));
        }
        self.print("it prints:");
        self.print(&indented(&out));
        self.show_diagram(&step);
    }

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
        let out = self.run_captured(&check);
        self.print(&out);
        if out.ends_with("✓\n") && !out.contains("Traceback") {
            let Some(cur) = &self.tutor.current else {
                return;
            };
            let name = cur.lesson.name.clone();
            let next = cur.lesson.number().map(|n| n + 1);
            write_progress(&self.tutor.progress, &name, 0);
            let mut text = "Exercise passed: this lesson is done.".to_string();
            if let Some(n) = next
                && crate::lesson::find(&self.tutor.all().0, &n.to_string()).is_some()
            {
                text.push_str(&format!(" :lesson {n} is next."));
            }
            self.print(&text);
        } else {
            self.print("Not yet: change your code and :check again (:hint helps).");
        }
    }
}

/// Whitespace-insensitive: a prediction typed on one line matches output
/// spread over several (`\n` may be typed for a line break).
fn same_output(predicted: &str, actual: &str) -> bool {
    let norm = |s: &str| {
        s.replace("\\n", "\n")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    norm(predicted) == norm(actual)
}
