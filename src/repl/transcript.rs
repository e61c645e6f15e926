//! The session as a transcript, for `:save FILE`: every prompt and input,
//! then what it printed (stdout and stderr interleaved), the same text
//! `cellar --echo` gives for piped input. The session's two writers are
//! wrapped in a `Tee` that copies into one shared log; inputs are logged
//! by whoever shows them (the terminal loop, or the piped loop when it
//! does not echo). `:clear` is here too: it clears the screen, not the log.
//!
//! ```text
//! Session ─out─▶ Tee ─▶ stdout        log: ">>> x\n42\n>>> ..."
//!         ─err─▶ Tee ─▶ stderr          ▲ both Tees, and log_input
//! ```

use super::Session;
use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

/// A log keeps at most this much; past it, `:save` says it was cut.
const LIMIT: usize = 16 << 20;

/// The text of the session so far.
#[derive(Default)]
pub struct Log {
    text: String,
    cut: bool,
}

impl Log {
    fn push(&mut self, text: &str) {
        if self.text.len() + text.len() > LIMIT {
            self.cut = true;
        } else {
            self.text.push_str(text);
        }
    }
}

/// A writer that also copies what it writes into the log.
pub struct Tee {
    pub inner: Box<dyn Write>,
    pub log: Rc<RefCell<Log>>,
}

impl Write for Tee {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.log
            .borrow_mut()
            .push(&String::from_utf8_lossy(&buf[..n]));
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

impl Session {
    /// Notes an input line as the screen showed it, behind its prompt.
    pub fn log_input(&self, prompt: &str, line: &str) {
        self.log.borrow_mut().push(&format!("{prompt}{line}\n"));
    }

    /// Takes back the input being typed, `shown` as it was logged (its
    /// lines behind their prompts): the terminal turned it into a block to
    /// edit, which is logged again when it runs.
    pub fn take_back_input(&mut self, shown: &str) {
        {
            let mut log = self.log.borrow_mut();
            if let Some(before) = log.text.strip_suffix(shown) {
                let keep = before.len();
                log.text.truncate(keep);
            }
        }
        self.forget_typed();
        self.pending.clear();
    }

    /// `:save FILE`: the transcript so far.
    pub(super) fn cmd_save(&mut self, file: &str) {
        if file.is_empty() {
            return self.complain("usage: :save FILE");
        }
        if self.no_files {
            return self.complain(":save is off (--no-files)");
        }
        self.vm().flush_out();
        let (text, cut) = {
            let log = self.log.borrow();
            (log.text.clone(), log.cut)
        };
        let file = super::commands::user_path(file);
        match std::fs::write(&file, text.as_bytes()) {
            Ok(()) if cut => self.print(&format!(
                "saved the first {} MiB of the session to {file}",
                LIMIT >> 20
            )),
            Ok(()) => self.print(&format!(
                "saved the session ({} lines) to {file}",
                text.lines().count()
            )),
            Err(e) => self.complain(&format!(
                "can't write '{file}': {}",
                super::commands::os_error(&e)
            )),
        }
    }

    /// `:clear`: clears a terminal's screen; nothing for piped input.
    pub(super) fn cmd_clear(&mut self) {
        if self.terminal {
            self.vm().flush_out();
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(b"\x1b[H\x1b[2J\x1b[3J");
            let _ = out.flush();
        }
    }
}
