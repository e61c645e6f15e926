//! What the projector page shows, as plain text and diagram data: built
//! on the REPL's thread from the Interpreter (whose values never leave
//! it), handed to the server's thread whole.
//!
//! ```text
//!     Board ─┬─ history     the recent inputs as typed, each with its output
//!            ├─ cells       every live cell: the sharing diagram (:cells)
//!            ├─ inspection  the last :closure / :freevars / :dis / :scope / :explain
//!            ├─ step        the step being shown while stepping
//!            └─ lesson      the lesson step being taken
//! ```

use crate::inspect::DiagramCell;

/// How many inputs the page keeps.
pub const HISTORY: usize = 12;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Board {
    pub history: Vec<Exchange>,
    pub cells: Vec<DiagramCell>,
    pub inspection: Option<Inspection>,
    pub step: Option<StepBoard>,
    pub lesson: Option<LessonBoard>,
}

/// One input as typed (prompts included) and what it printed.
#[derive(Clone, Debug, PartialEq)]
pub struct Exchange {
    pub input: String,
    pub output: String,
}

/// An inspection command and its text.
#[derive(Clone, Debug, PartialEq)]
pub struct Inspection {
    pub command: String,
    pub text: String,
}

/// The step shown by the stepper.
#[derive(Clone, Debug, PartialEq)]
pub struct StepBoard {
    /// `step 9/23 · inc() writes count: cell#1 0 → 1`
    pub header: String,
    /// (line number, text, is the current line)
    pub source: Vec<(usize, String, bool)>,
    pub frames: Vec<FrameBoard>,
    pub returned: Vec<String>,
    pub cells: Vec<DiagramCell>,
    pub output: String,
}

/// A frame of a step: its title and `name = value` lines.
#[derive(Clone, Debug, PartialEq)]
pub struct FrameBoard {
    pub title: String,
    pub vars: Vec<String>,
}

/// The lesson step being taken.
#[derive(Clone, Debug, PartialEq)]
pub struct LessonBoard {
    /// `lesson 9 · step 3/7`
    pub place: String,
    pub title: String,
    pub prose: String,
}

impl Board {
    /// Adds an input and its output, keeping the last `HISTORY`.
    pub fn push_exchange(&mut self, input: String, output: String) {
        self.history.push(Exchange { input, output });
        if self.history.len() > HISTORY {
            self.history.remove(0);
        }
    }
}

impl StepBoard {
    /// Step `k` of `rec`, as the page shows it.
    pub fn new(rec: &crate::step::Recording, k: usize) -> StepBoard {
        let step = rec.step(k);
        let header = format!("step {}/{} · {}", k + 1, rec.steps.len(), step.words);
        let (text, line) = match &step.at {
            Some((code, line)) => (code.source.clone(), *line as usize),
            None => (rec.source.clone(), 0),
        };
        let mut source: Vec<(usize, String, bool)> = text
            .lines()
            .enumerate()
            .map(|(n, l)| (n + 1, l.to_string(), n + 1 == line))
            .collect();
        while source.last().is_some_and(|(_, l, _)| l.trim().is_empty()) {
            source.pop();
        }
        StepBoard {
            header,
            source,
            frames: step
                .frames
                .iter()
                .map(|f| FrameBoard::new(f, step, ""))
                .chain(
                    step.suspended
                        .iter()
                        .map(|f| FrameBoard::new(f, step, " (suspended)")),
                )
                .collect(),
            returned: step
                .returned
                .iter()
                .map(crate::step::returned_words)
                .collect(),
            cells: crate::step::diagram_cells(step),
            output: rec
                .output
                .get(..step.output)
                .unwrap_or(&rec.output)
                .to_string(),
        }
    }
}

impl FrameBoard {
    fn new(f: &crate::step::FrameRec, step: &crate::step::Step, tag: &str) -> FrameBoard {
        let line = if f.line == 0 {
            String::new()
        } else {
            format!("  line {}", f.line)
        };
        FrameBoard {
            title: format!("{}{tag}{line}", f.title),
            vars: f
                .vars
                .iter()
                .map(|v| crate::step::var_words(v, step))
                .collect(),
        }
    }
}
