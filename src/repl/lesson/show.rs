//! A lesson step on the screen: its heading, prose rendered for a
//! terminal (`crate::lesson::render`), code highlighted and indented, what
//! the code printed, and the diagrams of its inspection commands; in demo
//! mode the code is typed out as if live.

use super::super::Session;
use super::advance_progress;
use crate::lesson::Kind;

impl Session {
    /// Shows step `k` (0-based), running its code the first time: the
    /// heading, then prose, code, output and diagrams as sections with a
    /// blank line between them, then what to do next.
    pub(super) fn show_step(&mut self, k: usize) {
        let Some(cur) = &mut self.tutor.current else {
            return;
        };
        cur.step = k;
        let lesson = cur.lesson.clone();
        self.tutor.skip_typing = false;
        let ran = cur.outputs[k].is_some();
        advance_progress(&self.tutor.progress, &lesson.name, k + 1);
        let step = &lesson.steps[k];
        let heading = self.step_heading(&lesson, k);
        if std::mem::take(&mut self.tutor.cleared) {
            self.print(&heading);
        } else {
            self.section(&heading);
        }
        if !step.prose.trim().is_empty() {
            let prose = crate::lesson::render::prose(step.prose.trim(), &self.view);
            self.section(&prose);
        }
        let asks = self.show_blocks(step, ran);
        if !ran && !asks {
            // run blocks ran above; remember that the step's code has run
            if let Some(cur) = &mut self.tutor.current {
                cur.outputs[k] = Some(String::new());
            }
        }
        let next = self.what_next(step, asks, k + 1 == lesson.steps.len());
        if !next.is_empty() {
            self.section(&next);
        }
    }

    /// Demo mode starts a page: the screen is cleared, so what comes next
    /// (a lesson's title, a step's heading) is on top.
    pub(super) fn demo_page(&mut self) {
        if self.tutor.demo && self.terminal {
            self.cmd_clear();
            self.tutor.cleared = true;
        }
    }

    /// `── lesson 1 · step 2/6 · The outer call is over ──`, styled; in
    /// the large layout a banner between two rules the width of the screen.
    fn step_heading(&self, lesson: &crate::lesson::Lesson, k: usize) -> String {
        let num = lesson
            .number()
            .map_or(lesson.name.clone(), |n| n.to_string());
        if self.tutor.large {
            return self.banner(lesson, &num, k);
        }
        let (rule, dot) = if self.view.ascii {
            ("--", "-")
        } else {
            ("──", "·")
        };
        let text = format!(
            "{rule} lesson {num} {dot} step {}/{} {dot} {} {rule}",
            k + 1,
            lesson.steps.len(),
            lesson.steps[k].title
        );
        crate::lesson::render::heading(&text, &self.view)
    }

    /// The large layout's heading between two rules the screen's width:
    /// `LESSON 5 · Sibling functions share cells`, `STEP 2/6 · Two functions,
    /// one balance`.
    fn banner(&self, lesson: &crate::lesson::Lesson, num: &str, k: usize) -> String {
        let rule = if self.view.ascii { "=" } else { "━" }.repeat(self.view.width);
        let dot = if self.view.ascii { "-" } else { "·" };
        let text = format!(
            "{rule}\n  LESSON {num} {dot} {}\n  STEP {}/{} {dot} {}\n{rule}",
            lesson.title,
            k + 1,
            lesson.steps.len(),
            lesson.steps[k].title
        );
        crate::lesson::render::heading(&text, &self.view)
    }

    /// Prints `text` after a blank line (one section of a step); bold in
    /// the large layout.
    pub(super) fn section(&mut self, text: &str) {
        if text.trim().is_empty() {
            return;
        }
        self.vm().write_out("\n");
        if self.tutor.large && self.view.color {
            let bold = text.trim_end().replace("\x1b[0m", "\x1b[0m\x1b[1m");
            return self.print(&format!("\x1b[1m{bold}\x1b[0m"));
        }
        self.print(text);
    }

    /// The step's blocks in order; says whether the step asks a question.
    fn show_blocks(&mut self, step: &crate::lesson::Step, ran: bool) -> bool {
        let demo = self.tutor.demo;
        let mut asks = false;
        // a step of inspection commands alone shows their diagrams
        let show_diagrams = demo
            || !step.blocks.iter().any(|b| {
                matches!(
                    b.kind,
                    Kind::Run | Kind::Stepped | Kind::Predict(_) | Kind::Exercise
                )
            });
        for b in &step.blocks {
            match &b.kind {
                Kind::Stepped => {
                    self.show_code(&b.text, demo && !ran);
                    if !ran {
                        self.step_lesson_code(&b.text);
                    }
                }
                Kind::Run | Kind::Show | Kind::Predict(_) | Kind::Exercise => {
                    let runs = matches!(b.kind, Kind::Run | Kind::Exercise) && !ran;
                    self.show_code(&b.text, demo && runs);
                    // the exercise's starter code runs too: it defines what the learner uses
                    if runs {
                        let out = self.run_captured(&b.text);
                        self.section(&out);
                    }
                    asks |= matches!(b.kind, Kind::Predict(_));
                    if b.kind == Kind::Exercise && self.terminal {
                        self.tutor.starter_code.push(b.text.clone()); // Up recalls it
                    }
                }
                Kind::Repl if show_diagrams && !asks => self.show_commands(&b.text, demo),
                Kind::Repl if !asks => {
                    let cmds: Vec<&str> = b.text.lines().filter(|l| !l.trim().is_empty()).collect();
                    self.section(&format!("try: {}", cmds.join("   ")));
                }
                _ => {}
            }
        }
        asks
    }

    /// A block of code as a section, indented and highlighted; typed out
    /// in demo mode.
    fn show_code(&mut self, code: &str, typed: bool) {
        self.vm().write_out("\n");
        if typed {
            return self.type_out(&indented(code));
        }
        let shown = if self.view.color {
            let lines: Vec<String> = code
                .lines()
                .map(crate::repl::highlight::highlight)
                .collect();
            indented(&lines.join("\n"))
        } else {
            indented(code)
        };
        self.print(&shown);
    }

    /// A step's inspection commands, each with its diagram.
    fn show_commands(&mut self, text: &str, demo: bool) {
        for cmd in text.lines().filter(|l| !l.trim().is_empty()) {
            self.vm().write_out("\n");
            if demo {
                self.type_out(&format!("{cmd}\n"));
            } else {
                self.print(cmd);
            }
            self.show_command(cmd);
        }
    }

    /// What the learner does next, in one line.
    fn what_next(&self, step: &crate::lesson::Step, asks: bool, last: bool) -> String {
        if asks {
            "What does it print? Type :predict YOUR ANSWER (or :answer to see it).".into()
        } else if step.is_exercise() {
            let hint = if step.of(|k| *k == Kind::Hint).next().is_some() {
                ":hint helps, "
            } else {
                ""
            };
            format!("Write your code at the prompt, then :check ({hint}:answer shows one way).")
        } else if self.stepper.walk.is_some() {
            String::new() // the stepper said how to go on
        } else if last {
            "(last step)".into()
        } else {
            ":next goes on".into()
        }
    }

    pub(super) fn show_command(&mut self, cmd: &str) {
        match crate::lesson::check::repl_command(&mut self.interp, &self.view, cmd) {
            Ok(text) => self.print(&text),
            Err(msg) => self.complain(&msg),
        }
    }

    pub(super) fn show_diagram(&mut self, step: &crate::lesson::Step) {
        let cmds: Vec<String> = step
            .of(|k| *k == Kind::Repl)
            .flat_map(|b| b.text.lines().map(str::to_string).collect::<Vec<_>>())
            .filter(|l| !l.trim().is_empty())
            .collect();
        for cmd in cmds {
            self.print(&cmd);
            self.show_command(&cmd);
        }
    }
}

/// The code indented for display.
pub(super) fn indented(code: &str) -> String {
    code.lines()
        .map(|l| {
            if l.is_empty() {
                "\n".to_string()
            } else {
                format!("    {l}\n")
            }
        })
        .collect()
}
