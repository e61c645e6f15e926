//! A lesson step on the screen: its heading, prose rendered for a
//! terminal (`crate::lesson::render`), code highlighted and indented, what
//! the code printed, and the diagrams of its inspection commands; in demo
//! mode the code is typed out as if live.

use super::super::Session;
use super::write_progress;
use crate::lesson::Kind;

impl Session {
    pub(super) fn show_step(&mut self, k: usize) {
        let demo = self.tutor.demo;
        let Some(cur) = &mut self.tutor.current else {
            return;
        };
        cur.step = k;
        let (lesson, steps) = (cur.lesson.clone(), cur.lesson.steps.len());
        let step = &lesson.steps[k];
        let ran = cur.outputs[k].is_some();
        write_progress(&self.tutor.progress, &lesson.name, k + 1);
        let num = lesson
            .number()
            .map_or(lesson.name.clone(), |n| n.to_string());
        let (rule, dot) = if self.view.ascii {
            ("--", "-")
        } else {
            ("──", "·")
        };
        self.print(&format!(
            "{rule} lesson {num} {dot} step {}/{steps} {dot} {} {rule}",
            k + 1,
            step.title
        ));
        if !step.prose.trim().is_empty() {
            self.print(step.prose.trim());
        }
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
                    if demo && !ran {
                        self.type_out(&indented(&b.text));
                    } else {
                        self.print(&indented(&b.text));
                    }
                    if !ran {
                        self.step_lesson_code(&b.text);
                    }
                }
                Kind::Run | Kind::Show | Kind::Predict(_) | Kind::Exercise => {
                    if demo && matches!(b.kind, Kind::Run | Kind::Exercise) && !ran {
                        self.type_out(&indented(&b.text));
                        let out = self.run_captured(&b.text);
                        self.print(&out);
                    } else {
                        self.print(&indented(&b.text));
                        // the exercise's starter code runs too: it defines what the learner uses
                        if matches!(b.kind, Kind::Run | Kind::Exercise) && !ran {
                            let out = self.run_captured(&b.text);
                            self.print(&out);
                        }
                    }
                    asks |= matches!(b.kind, Kind::Predict(_));
                }
                Kind::Repl if show_diagrams && !asks => {
                    for cmd in b.text.lines().filter(|l| !l.trim().is_empty()) {
                        if demo {
                            self.type_out(&format!("{cmd}\n"));
                        } else {
                            self.print(cmd);
                        }
                        self.show_command(cmd);
                    }
                }
                Kind::Repl if !asks => {
                    let cmds: Vec<&str> = b.text.lines().filter(|l| !l.trim().is_empty()).collect();
                    self.print(&format!("try: {}", cmds.join("   ")));
                }
                _ => {}
            }
        }
        if !ran && !asks {
            // run blocks ran above; remember that the step's code has run
            let out = String::new();
            if let Some(cur) = &mut self.tutor.current {
                cur.outputs[k] = Some(out);
            }
        }
        if asks {
            self.print("What does it print? Type :predict YOUR ANSWER (or :answer to see it).");
        } else if step.is_exercise() {
            self.print("Write your code at the prompt, then :check (:hint helps, :answer shows a solution).");
        } else if self.stepper.walk.is_some() {
            // the stepper said how to go on
        } else if k + 1 == steps {
            self.print("(last step)");
        } else {
            self.print(":next goes on");
        }
    }

    /// Demo mode: writes text a character at a time.
    pub(super) fn type_out(&mut self, text: &str) {
        let delay = self.tutor.delay_ms;
        for c in text.chars() {
            let mut buf = [0u8; 4];
            self.vm().write_out(c.encode_utf8(&mut buf));
            if delay > 0 {
                self.vm().flush_out();
                std::thread::sleep(std::time::Duration::from_millis(if c == '\n' {
                    delay * 4
                } else {
                    delay
                }));
            }
        }
        self.vm().flush_out();
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
    code.lines().map(|l| format!("    {l}\n")).collect()
}
