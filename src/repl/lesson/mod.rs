//! The lesson commands: `:lessons`, `:lesson N`, `:next`, `:back`,
//! `:hint`, `:answer`, `:run`, `:predict TEXT`, `:check`, `:demo`. A
//! lesson runs in the learner's session, so the names a step defines are
//! there to type with between steps.

use super::{Capture, Session};
use crate::lesson::watchdog::{DEFAULT_TIMEOUT, Watchdog};
use crate::lesson::{Kind, Lesson, LessonError, check::FILENAME};
use std::path::PathBuf;

mod ask;
mod show;
mod typing;

/// The lesson state of a session.
#[derive(Default)]
pub struct Tutor {
    /// Bundled and `--lesson-dir` lessons, loaded on first use.
    lessons: Option<(Vec<Lesson>, Vec<LessonError>)>,
    /// `--lesson-dir` directories.
    pub extra: Vec<String>,
    pub current: Option<Current>,
    /// Demo mode: `:next` types each step's code and shows its diagram.
    pub demo: bool,
    /// `--large`: the projector layout (banner headings, bold text).
    pub large: bool,
    /// Demo mode just cleared the screen: the next heading goes on top.
    cleared: bool,
    /// A key skipped the typing animation of the step shown.
    skip_typing: bool,
    /// Exercise starter code shown, for the terminal to put in history.
    pub starter_code: Vec<String>,
    /// Where progress is remembered; None keeps none (tests).
    pub progress: Option<PathBuf>,
    /// Demo mode's typing pace, per character (0 in tests).
    pub delay_ms: u64,
    /// A command to run when the REPL starts (`--lesson N`).
    pub start: Option<String>,
    /// `--lesson-timeout`: the time limit of each block of lesson code
    /// (for lessons whose front matter sets none).
    pub timeout: Option<std::time::Duration>,
}

/// The lesson being taken.
pub struct Current {
    pub lesson: Lesson,
    /// The step shown (0-based).
    pub step: usize,
    /// What each step's code printed, the last time it ran.
    outputs: Vec<Option<String>>,
    /// Wrong predictions per step.
    tries: Vec<u8>,
}

impl Tutor {
    /// `[L1 2/7] ` while a lesson is on, for the terminal prompt.
    pub fn badge(&self) -> String {
        match &self.current {
            Some(c) => format!(
                "[{} {}/{}] ",
                c.lesson
                    .number()
                    .map_or(c.lesson.name.clone(), |n| n.to_string()),
                c.step + 1,
                c.lesson.steps.len()
            ),
            None => String::new(),
        }
    }

    fn all(&mut self) -> &(Vec<Lesson>, Vec<LessonError>) {
        let extra = self.extra.clone();
        self.lessons
            .get_or_insert_with(|| crate::lesson::load(&extra))
    }
}

/// Demo mode's pace: `CELLAR_DEMO_DELAY_MS`, 25 ms a character by default.
pub fn demo_delay() -> u64 {
    std::env::var("CELLAR_DEMO_DELAY_MS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(25)
}

/// The default progress file: `$XDG_STATE_HOME/cellar/progress`.
pub fn progress_path() -> Option<PathBuf> {
    let state = std::env::var_os("XDG_STATE_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/state")))?;
    Some(state.join("cellar").join("progress"))
}

/// Reads the progress file: lesson name → the step reached (1-based), 0
/// when done. A missing or corrupt file is empty progress.
fn read_progress(path: &Option<PathBuf>) -> Vec<(String, usize)> {
    let Some(text) = path
        .as_ref()
        .and_then(|p| crate::script::read_regular(p).ok())
    else {
        return Vec::new();
    };
    text.lines()
        .filter_map(|l| {
            let (name, step) = l.split_once(' ')?;
            let step = if step == "done" {
                0
            } else {
                step.parse().ok()?
            };
            Some((name.to_string(), step))
        })
        .collect()
}

/// Notes that step `step` (1-based) was reached: progress only moves
/// forward, and a lesson that is done stays done.
fn advance_progress(path: &Option<PathBuf>, name: &str, step: usize) {
    let saved = read_progress(path)
        .into_iter()
        .find(|(n, _)| n == name)
        .map(|(_, s)| s);
    if saved.is_none_or(|s| s != 0 && s < step) {
        write_progress(path, name, step);
    }
}

fn write_progress(path: &Option<PathBuf>, name: &str, step: usize) {
    let Some(p) = path else { return };
    if !crate::script::usable_file(p) {
        return; // a FIFO or a device: no progress is kept
    }
    let mut all = read_progress(path);
    all.retain(|(n, _)| n != name);
    all.push((name.to_string(), step));
    let text: String = all
        .iter()
        .map(|(n, s)| match s {
            0 => format!("{n} done\n"),
            s => format!("{n} {s}\n"),
        })
        .collect();
    if let Some(dir) = p.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    let _ = std::fs::write(p, text); // progress is a convenience: never an error
}

impl Session {
    /// Runs a lesson command; false if `name` is not one.
    pub fn lesson_command(&mut self, name: &str, arg: &str) -> bool {
        match name {
            "lessons" => self.cmd_lessons(arg == "--only"),
            "lesson" => self.cmd_lesson(arg),
            "next" | "n" => self.cmd_next(),
            "back" | "b" => self.cmd_back(),
            "hint" => self.cmd_hint(),
            "answer" => self.cmd_answer(),
            "run" => self.cmd_run(),
            "predict" | "p" => self.cmd_predict(arg),
            "check" => self.cmd_check(),
            "demo" => self.cmd_demo(arg),
            _ => return false,
        }
        true
    }

    /// `:lessons` (`--only`: just the `--lesson-dir` ones).
    fn cmd_lessons(&mut self, only_extra: bool) {
        let progress = read_progress(&self.tutor.progress);
        let (lessons, errors) = self.tutor.all().clone();
        let mut text = String::new();
        for l in lessons.iter().filter(|l| l.extra || !only_extra) {
            let mark = match progress.iter().find(|(n, _)| *n == l.name) {
                Some((_, 0)) => " ✓ done".to_string(),
                Some((_, s)) => format!(" (at step {s})"),
                None => String::new(),
            };
            let num = l.number().map_or(l.name.clone(), |n| format!("{n:>2}"));
            text.push_str(&format!(
                "{num}. {} ({} steps){mark}\n",
                l.title,
                l.steps.len()
            ));
        }
        text.push_str(":lesson N starts lesson N; :next goes on, :back returns, :hint helps.");
        self.print(&text);
        for e in errors {
            self.complain(&format!("malformed lesson: {e}"));
        }
    }

    fn cmd_lesson(&mut self, arg: &str) {
        let mut words = arg.split_whitespace();
        let Some(key) = words.next() else {
            return self.complain(
                "usage: :lesson N [STEP]  (N is a number, a name, or a path to a .md file)",
            );
        };
        let start: Option<usize> = words.next().and_then(|s| s.parse().ok());
        let lesson = if key.ends_with(".md") {
            let (mut l, e) = crate::lesson::load_path(key);
            if let Some(e) = e.first() {
                return self.complain(&format!("malformed lesson: {e}"));
            }
            l.pop()
        } else {
            crate::lesson::find(&self.tutor.all().0, key).cloned()
        };
        let Some(lesson) = lesson else {
            return self.complain(&format!("no lesson {key} (:lessons lists them)"));
        };
        let saved = read_progress(&self.tutor.progress)
            .into_iter()
            .find(|(n, _)| *n == lesson.name)
            .map(|(_, s)| s);
        let steps = lesson.steps.len();
        let at = match (start, saved) {
            (Some(s), _) => s.clamp(1, steps),
            (None, Some(s)) if s > 1 => s.min(steps),
            _ => 1,
        };
        let mut text = format!(
            "{}\n",
            crate::lesson::render::heading(&lesson.title, &self.view)
        );
        if !lesson.intro.is_empty() {
            let intro = crate::lesson::render::prose(&lesson.intro, &self.view);
            text.push_str(&format!("\n{intro}"));
        }
        self.tutor.current = Some(Current {
            outputs: vec![None; steps],
            tries: vec![0; steps],
            lesson,
            step: 0,
        });
        self.demo_page();
        self.tutor.cleared = false; // the title is on top; the step follows it
        self.print(&text);
        if at > 1 {
            if start.is_none() {
                self.print(&format!(
                    "resuming at step {at} (:lesson {key} 1 starts over); the earlier steps' code runs now"
                ));
            }
            for k in 0..at - 1 {
                self.run_step_code(k, false);
            }
        }
        self.show_step(at - 1);
    }

    /// Runs the code of step `k` (run and predict blocks) once, recording
    /// what it printed; `show` prints it.
    fn run_step_code(&mut self, k: usize, show: bool) -> String {
        let Some(cur) = &self.tutor.current else {
            return String::new();
        };
        if let Some(out) = &cur.outputs[k] {
            let out = out.clone();
            if show {
                self.print(&out);
            }
            return out;
        }
        let codes: Vec<String> = cur.lesson.steps[k]
            .of(|kind| matches!(kind, Kind::Run | Kind::Predict(_)))
            .map(|b| b.text.clone())
            .collect();
        let mut all = String::new();
        for code in codes {
            let out = self.run_captured(&code);
            if show {
                self.print(&out);
            }
            all.push_str(&out);
        }
        if let Some(cur) = &mut self.tutor.current {
            cur.outputs[k] = Some(all.clone());
        }
        all
    }

    /// Runs lesson code, returning what it printed (stdout and stderr).
    /// Runs lesson code within the lesson's time limit; what it printed.
    fn run_captured(&mut self, code: &str) -> String {
        let capture = Capture::default();
        let out = std::mem::replace(&mut self.vm().out, Box::new(capture.clone()));
        let err = std::mem::replace(&mut self.err, Box::new(capture.clone()));
        let limit = self.block_limit();
        let watchdog = Watchdog::new(self.interp.vm_ref().interrupt.clone());
        watchdog.arm(limit);
        self.run_script(code, FILENAME);
        let late = watchdog.disarm();
        self.vm().out = out;
        self.err = err;
        let mut text = capture.take();
        if late {
            text.push_str(&format!(
                "(the lesson's code ran past its time limit of {} s and was stopped)\n",
                limit.as_secs_f64()
            ));
        }
        text
    }

    /// The time limit of one block of the current lesson.
    fn block_limit(&self) -> std::time::Duration {
        let own = self.tutor.current.as_ref().and_then(|c| c.lesson.timeout);
        own.or(self.tutor.timeout).unwrap_or(DEFAULT_TIMEOUT)
    }

    fn current_step(&mut self) -> Option<(usize, crate::lesson::Step)> {
        match &self.tutor.current {
            Some(c) => Some((c.step, c.lesson.steps[c.step].clone())),
            None => {
                self.complain("no lesson is on: :lessons lists them, :lesson N starts one");
                None
            }
        }
    }

    fn cmd_next(&mut self) {
        let Some((k, step)) = self.current_step() else {
            return;
        };
        let steps = self
            .tutor
            .current
            .as_ref()
            .map_or(0, |c| c.lesson.steps.len());
        if step.predict().is_some()
            && self
                .tutor
                .current
                .as_ref()
                .is_some_and(|c| c.outputs[k].is_none())
        {
            self.print("(the question's code runs before going on)");
            self.run_step_code(k, true);
        }
        if k + 1 >= steps {
            return self.print("this is the last step (:back returns; :lessons lists the others)");
        }
        self.demo_page();
        self.show_step(k + 1);
    }

    fn cmd_back(&mut self) {
        let Some((k, _)) = self.current_step() else {
            return;
        };
        if k == 0 {
            return self.print("this is the first step");
        }
        self.demo_page();
        self.show_step(k - 1);
    }

    fn cmd_demo(&mut self, arg: &str) {
        self.tutor.demo = match arg {
            "on" => true,
            "off" => false,
            _ => !self.tutor.demo,
        };
        let state = if self.tutor.demo {
            "on: :next types each step's code and shows its diagram"
        } else {
            "off"
        };
        self.print(&format!("demo mode {state}"));
    }
}
