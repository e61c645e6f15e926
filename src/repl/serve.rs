//! The REPL's side of the projector page: `--serve [PORT]`, `--host ADDR`
//! and `:serve [PORT]` start a `crate::serve::Server`; after every line the
//! session publishes what changed: the input and what it printed, the live
//! cells, the last inspection command, the step shown, the lesson step.
//! Nothing here runs while no server is on.

use super::{Session, Step};
use crate::interpreter::Capture;
use crate::serve::{Board, Inspection, LessonBoard, Server, StepBoard};
use std::io::Write;
use std::net::IpAddr;

/// The port `--serve` and `:serve` use unless given one.
pub const DEFAULT_PORT: u16 = 8000;

/// A running page and what it shows.
pub struct Projector {
    server: Server,
    board: Board,
    /// A copy of everything the session printed since the last input.
    printed: Capture,
    /// The lines typed for the current input, with their prompts.
    typed: String,
    /// The input was an inspection command: its text has its own section.
    inspected: bool,
}

/// Writes to the terminal and keeps a copy for the page.
struct Tee {
    inner: Box<dyn Write>,
    copy: Capture,
}

impl Write for Tee {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        let _ = self.copy.write(&buf[..n]);
        Ok(n)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

impl Session {
    /// Starts the page on `host:port`; prints its address, or why not.
    pub fn start_serving(&mut self, host: IpAddr, port: u16) {
        if let Some(p) = &self.projector {
            let url = p.server.url();
            return self.print(&format!("already serving the session at {url}"));
        }
        let server = match Server::start(host, port) {
            Ok(s) => s,
            Err(msg) => {
                return self.complain(&format!("cellar: {msg}; the REPL goes on without it"));
            }
        };
        let url = server.url();
        let printed = Capture::default();
        let out = std::mem::replace(&mut self.vm().out, Box::new(std::io::sink()));
        self.vm().out = Box::new(Tee {
            inner: out,
            copy: printed.clone(),
        });
        let err = std::mem::replace(&mut self.err, Box::new(std::io::sink()));
        self.err = Box::new(Tee {
            inner: err,
            copy: printed.clone(),
        });
        self.projector = Some(Projector {
            server,
            board: Board::default(),
            printed,
            typed: String::new(),
            inspected: false,
        });
        self.print(&serving_note(host, &url));
        if let Some(p) = &mut self.projector {
            p.printed.take(); // the note is for the terminal
        }
        self.publish(true);
    }

    /// The page's address, when one is served.
    pub fn serve_url(&self) -> Option<String> {
        self.projector.as_ref().map(|p| p.server.url())
    }

    /// `:serve [PORT]`
    pub(super) fn cmd_serve(&mut self, arg: &str) {
        let port = match arg.trim() {
            "" => DEFAULT_PORT,
            p => match p.parse::<u16>() {
                Ok(p) => p,
                Err(_) => {
                    return self.complain("usage: :serve [PORT]  (a port number, 8000 if none)");
                }
            },
        };
        self.start_serving(IpAddr::from([127, 0, 0, 1]), port);
    }

    /// Notes a typed line (before it runs) for the page's history.
    pub(super) fn note_typed(&mut self, prompt: &str, line: &str) {
        let stepping = self.stepper.walk.is_some();
        if let Some(p) = &mut self.projector
            && !stepping
        {
            p.typed.push_str(&format!("{prompt}{line}\n"));
        }
    }

    /// Forgets the lines noted for the input being typed.
    pub(super) fn forget_typed(&mut self) {
        if let Some(p) = &mut self.projector {
            p.typed.clear();
        }
    }

    /// After a line: publishes what changed once an input is complete.
    /// While a recording is walked, the step section shows it: what the
    /// terminal printed for it stays out of the history.
    pub(super) fn after_line(&mut self, step: Step, was_walking: bool) {
        let walking = self.stepper.walk.is_some();
        let Some(p) = &mut self.projector else { return };
        if step == Step::More || self.stepper.collecting {
            return;
        }
        if walking || was_walking {
            p.printed.take();
        }
        self.publish(!(walking && was_walking));
    }

    /// Rebuilds the board and sends it; `ran` says an input ran (the
    /// history and the live cells change).
    fn publish(&mut self, ran: bool) {
        if ran {
            self.record_exchange();
            let cells = crate::inspect::live_cells(&mut self.interp, &self.view, &|v| {
                crate::step::describe(v, 60)
            });
            if let Some(p) = &mut self.projector {
                p.board.cells = cells;
            }
        }
        let step = self
            .stepper
            .walk
            .as_ref()
            .map(|w| StepBoard::new(&w.rec, w.at));
        let lesson = self.lesson_board();
        let Some(p) = &mut self.projector else { return };
        p.board.step = step;
        p.board.lesson = lesson;
        p.server.publish(p.board.clone());
    }

    fn record_exchange(&mut self) {
        let Some(p) = &mut self.projector else { return };
        let typed = std::mem::take(&mut p.typed);
        let mut printed = without_ansi(&p.printed.take());
        let said_nothing = typed.lines().all(|l| l.len() <= 4); // prompts alone
        if said_nothing && printed.is_empty() {
            return;
        }
        if p.inspected {
            printed = "(shown below)".to_string();
            p.inspected = false;
        }
        p.board.push_exchange(typed, printed);
    }

    /// Remembers an inspection command's text for the page.
    pub(super) fn note_inspection(&mut self, name: &str, arg: &str, text: &str) {
        if let Some(p) = &mut self.projector {
            let command = format!(":{name} {arg}").trim_end().to_string();
            let text = without_ansi(text);
            p.board.inspection = Some(Inspection { command, text });
            p.inspected = true;
        }
    }

    fn lesson_board(&self) -> Option<LessonBoard> {
        let cur = self.tutor.current.as_ref()?;
        let step = cur.lesson.steps.get(cur.step)?;
        let num = cur
            .lesson
            .number()
            .map_or(cur.lesson.name.clone(), |n| n.to_string());
        Some(LessonBoard {
            place: format!(
                "lesson {num} · step {}/{} · {}",
                cur.step + 1,
                cur.lesson.steps.len(),
                cur.lesson.title
            ),
            title: step.title.clone(),
            prose: step.prose.trim().to_string(),
        })
    }
}

/// What `--serve` says: where, and who can see it.
fn serving_note(host: IpAddr, url: &str) -> String {
    if host.is_loopback() {
        format!("serving this session at {url} (this machine only; viewers can only look)")
    } else {
        format!(
            "serving this session at {url}\n\
             anyone on that network can view the page; nobody can run code or change the session"
        )
    }
}

/// Text without ANSI escape sequences (`ESC [ ... letter`).
fn without_ansi(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' && chars.peek() == Some(&'[') {
            chars.next();
            for d in chars.by_ref() {
                if d.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn ansi_codes_are_stripped() {
        assert_eq!(
            super::without_ansi("\u{1b}[96mcell#1\u{1b}[0m x"),
            "cell#1 x"
        );
    }
}
