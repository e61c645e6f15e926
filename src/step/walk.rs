//! Walking a recording: one command per line, nothing runs again.
//!
//! ```text
//!     Enter, n   next step          b     back one step      l   next line
//!     g N        go to step N       w cell#N | w NAME   the next change of that cell
//!     c          the end            q     leave
//! ```

use super::{Kind, Recording, Shown, render};
use crate::inspect::View;

/// The navigation commands, for an unknown one.
pub const HELP: &str = "\
stepping: Enter or n  next step · b  back · l  next line · g N  go to step N
          w cell#N or w NAME  next change of that cell · c  the end · q  leave
          :export FILE.svg  this step's cells · :export DIR/  one SVG per step";

/// A recording and where the learner is in it.
pub struct Walk {
    pub rec: Recording,
    /// The step shown (0-based).
    pub at: usize,
    /// A lesson's `python step` block made it: `:next` walks it.
    pub from_lesson: bool,
}

/// What a navigation line did.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Print this (a step's view, or a message) and stay.
    Show(String),
    /// Leave the stepper, printing this.
    Leave(String),
}

impl Walk {
    pub fn new(rec: Recording) -> Walk {
        Walk {
            rec,
            at: 0,
            from_lesson: false,
        }
    }

    /// The view of the current step.
    pub fn view(&self, view: &View) -> String {
        render(&self.rec, self.at, view)
    }

    /// `step 3/20> `: the prompt while walking.
    pub fn prompt(&self) -> String {
        format!("step {}/{}> ", self.at + 1, self.rec.steps.len())
    }

    /// Runs one navigation line.
    pub fn command(&mut self, line: &str, view: &View) -> Outcome {
        let line = line.trim();
        let (cmd, arg) = match line.split_once(char::is_whitespace) {
            Some((c, a)) => (c, a.trim()),
            None => (line, ""),
        };
        let moved = match (cmd, arg) {
            ("" | "n" | "next", "") => self.go(self.at + 1),
            ("b" | "back", "") => self.back(),
            ("l" | "line", "") => self.next_line(),
            ("g" | "go", n) => self.go_to(n),
            ("w" | "watch", what) if !what.is_empty() => self.watch(what),
            ("c" | "continue" | "end", "") => self.go(self.rec.steps.len() - 1),
            ("q" | "quit", "") => return Outcome::Leave(self.leaving()),
            _ => Err(format!("unknown stepping command `{line}`\n{HELP}")),
        };
        match moved {
            Ok(()) => Outcome::Show(self.view(view)),
            Err(msg) => Outcome::Show(msg + "\n"),
        }
    }

    /// Is the last step shown?
    pub fn at_end(&self) -> bool {
        self.at == self.last()
    }

    fn last(&self) -> usize {
        self.rec.steps.len() - 1
    }

    fn go(&mut self, k: usize) -> Result<(), String> {
        if k > self.last() {
            return Err(format!(
                "this is the last step ({}); b goes back, q leaves",
                self.rec.steps.len()
            ));
        }
        self.at = k;
        Ok(())
    }

    fn back(&mut self) -> Result<(), String> {
        if self.at == 0 {
            return Err("this is the first step; n goes on, q leaves".into());
        }
        self.at -= 1;
        Ok(())
    }

    fn go_to(&mut self, n: &str) -> Result<(), String> {
        let total = self.rec.steps.len();
        match n.parse::<usize>() {
            Ok(k) if (1..=total).contains(&k) => self.go(k - 1),
            _ => Err(format!("g N goes to step N, from 1 to {total}")),
        }
    }

    fn next_line(&mut self) -> Result<(), String> {
        let found = (self.at + 1..self.rec.steps.len())
            .find(|&k| matches!(self.rec.steps[k].kind, Kind::Line | Kind::End));
        match found {
            Some(k) => self.go(k),
            None => self.go(self.rec.steps.len()),
        }
    }

    /// `w cell#N` or `w NAME`: the next step that changes that cell (a
    /// NAME no frame shows now: the next change of a cell of that name).
    fn watch(&mut self, what: &str) -> Result<(), String> {
        let id = self.cell_named(what);
        let changes = |k: &usize| {
            let change = self.rec.steps[*k].change.as_ref();
            change.is_some_and(|c| match &id {
                Ok(id) => c.cell == *id,
                Err(_) => &*c.name == what,
            })
        };
        let found = (self.at + 1..self.rec.steps.len()).find(changes);
        match (found, id) {
            (Some(k), _) => self.go(k),
            (None, Ok(id)) => Err(format!(
                "cell#{id} does not change after step {}",
                self.at + 1
            )),
            (None, Err(e)) => Err(e),
        }
    }

    /// The cell `what` names: `cell#N`, or a cell or free variable of a
    /// frame at this step (innermost first), or a variable a cell diagram
    /// shows.
    fn cell_named(&self, what: &str) -> Result<u32, String> {
        if let Some(n) = what.strip_prefix("cell#") {
            return n
                .parse()
                .map_err(|_| format!("`{what}` is not a cell: write cell#N, as the views show"));
        }
        let step = self.rec.step(self.at);
        let in_frames = step.frames.iter().rev().find_map(|f| {
            f.vars.iter().find_map(|v| match v.shown {
                Shown::Cell(id) if &*v.name == what => Some(id),
                _ => None,
            })
        });
        let in_cells = || {
            step.cells
                .iter()
                .find(|c| c.holders.iter().any(|(_, var)| &**var == what))
                .map(|c| c.id)
        };
        in_frames.or_else(in_cells).ok_or_else(|| {
            format!(
                "no cell called `{what}` changes after this step (w cell#N names one by number)"
            )
        })
    }

    fn leaving(&self) -> String {
        format!(
            "left the stepper at step {}/{}; the session holds what the code left\n",
            self.at + 1,
            self.rec.steps.len()
        )
    }
}
