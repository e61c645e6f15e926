//! cellar in a tmux pane, for tests about what the screen shows: tmux
//! keeps the screen as a terminal draws it (redraws, erased lines, wrapped
//! rows), and `capture-pane` hands it back as text. Each pane has a server
//! of its own; every wait polls the screen with a timeout.

#![allow(dead_code)] // each test crate that includes this uses a part of it

use std::process::Command;
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(10);

/// One cellar in one tmux server, killed when dropped.
pub struct Pane {
    socket: String,
    _state: tempfile::TempDir,
}

/// Returns from a test, saying so, when tmux is not installed.
#[macro_export]
macro_rules! needs_tmux {
    () => {
        if !$crate::common::tmux::available() {
            eprintln!("tmux is not installed: skipped");
            return;
        }
    };
}

/// Is tmux installed? Tests say so and pass when it is not, unless
/// CELLAR_REQUIRE_TMUX is set (as CI sets it): then its absence fails.
pub fn available() -> bool {
    let found = Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        found || std::env::var_os("CELLAR_REQUIRE_TMUX").is_none(),
        "CELLAR_REQUIRE_TMUX is set but tmux is not installed"
    );
    found
}

impl Pane {
    /// Starts cellar with `args` in an 80x24 pane, without colors, and
    /// waits for its first prompt.
    pub fn start(args: &[&str]) -> Pane {
        Pane::sized(args, &[], 80, 24)
    }

    /// With environment variables `env` (`NAME=value`) and a pane size.
    pub fn sized(args: &[&str], env: &[&str], columns: u16, rows: u16) -> Pane {
        static NEXT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let socket = format!("cellar-test-{}-{n}", std::process::id());
        let state = tempfile::tempdir().expect("temp dir");
        let mut command = format!(
            "env XDG_STATE_HOME={} NO_COLOR=1 TERM=xterm {} {}",
            state.path().display(),
            env.join(" "),
            env!("CARGO_BIN_EXE_cellar")
        );
        for arg in args {
            command.push_str(&format!(" '{arg}'"));
        }
        let pane = Pane {
            socket,
            _state: state,
        };
        let (x, y) = (columns.to_string(), rows.to_string());
        pane.tmux(&["new-session", "-d", "-x", &x, "-y", &y, &command]);
        pane.tmux(&["set-option", "-g", "remain-on-exit", "on"]);
        pane.wait_for(">>>");
        pane
    }

    fn tmux(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .args(["-L", &self.socket])
            .args(args)
            .output()
            .expect("tmux runs");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Sends text as typed (`\r` is Enter).
    pub fn keys(&self, text: &str) {
        self.tmux(&["send-keys", "-l", text]);
    }

    /// Sends named keys and then text in one tmux command, as a fast
    /// typist does: all of it waits before the program reads any. (The
    /// text must not spell a key name: tmux sends it as characters.)
    pub fn burst(&self, names: &[&str], text: &str) {
        let mut args = vec!["send-keys"];
        args.extend_from_slice(names);
        args.push(text);
        self.tmux(&args);
    }

    /// Sends one named key (`BSpace`, `F3`, `C-c`, `Enter`).
    pub fn key(&self, name: &str) {
        self.tmux(&["send-keys", name]);
    }

    /// Waits until the line editor reads keys: keys sent while it starts a
    /// line (it asks the terminal where the cursor is) can be lost, so a
    /// `#` is typed, seen, and erased.
    pub fn ready(&self) {
        let last_ends_with_hash = |screen: &str| {
            let last = screen.lines().rev().find(|l| !l.trim().is_empty());
            last.is_some_and(|l| l.ends_with('#'))
        };
        self.keys("#");
        self.wait(last_ends_with_hash, "the editor echoes a key");
        self.key("BSpace");
        self.wait(|screen| !last_ends_with_hash(screen), "the key erased");
    }

    /// Pastes `text` as a terminal with bracketed paste does.
    pub fn paste(&self, text: &str) {
        self.keys(&format!("\x1b[200~{text}\x1b[201~"));
    }

    /// Types a line, presses Enter and waits for `then` on the screen's
    /// last line holding text.
    pub fn line(&self, text: &str, then: &str) {
        let before = self.screen();
        self.keys(text);
        self.keys("\r");
        let want = then.trim_end();
        self.wait(
            |screen| {
                let last = screen.lines().rev().find(|l| !l.trim().is_empty());
                screen != before && last.is_some_and(|l| l.trim_end() == want)
            },
            then,
        );
    }

    /// The screen, one string per row (wrapped rows joined), trailing
    /// spaces trimmed.
    pub fn screen(&self) -> String {
        let screen = self.tmux(&["capture-pane", "-p", "-J"]);
        let rows: Vec<&str> = screen.lines().map(str::trim_end).collect();
        rows.join("\n")
    }

    /// Waits until the screen holds `text`; returns the screen.
    pub fn wait_for(&self, text: &str) -> String {
        self.wait(|screen| screen.contains(text), text)
    }

    /// Waits until the last row holding anything is `text` (prompts are
    /// compared without their trailing spaces).
    pub fn wait_last(&self, text: &str) -> String {
        let want = text.trim_end();
        self.wait(
            |screen| {
                let last = screen.lines().rev().find(|l| !l.trim().is_empty());
                last.is_some_and(|l| l.trim_end() == want)
            },
            text,
        )
    }

    /// Waits until the screen's rows holding text end with `text`
    /// (several rows: a block as drawn); returns the screen.
    pub fn wait_tail(&self, text: &str) -> String {
        self.wait(|screen| screen.trim_end().ends_with(text), text)
    }

    fn wait(&self, done: impl Fn(&str) -> bool, what: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if done(&screen) {
                return screen;
            }
            if start.elapsed() > TIMEOUT {
                panic!("waited for {what:?}; the screen:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(30));
        }
    }
}

impl Drop for Pane {
    fn drop(&mut self) {
        self.tmux(&["kill-server"]);
    }
}
