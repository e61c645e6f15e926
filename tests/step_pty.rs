//! The stepper in a real pseudo-terminal (rexpect): `:step` with a block
//! typed at `... ` prompts, walking with Enter, b, w, c and q at the
//! `step K/N> ` prompt, and Ctrl-C stopping a recording. Every wait is an
//! expect with a timeout.

use rexpect::session::{PtySession, spawn_command};
use std::process::Command;

mod common {
    pub mod pty;
}
use common::pty::{exits_at_prompt, line};

fn cellar(state: &std::path::Path, timeout_ms: u64) -> PtySession {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_cellar"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd.env("TERM", "xterm")
        .env("XDG_STATE_HOME", state)
        .env("NO_COLOR", "1");
    let mut p = spawn_command(cmd, Some(timeout_ms)).expect("cellar starts in a pty");
    p.exp_string(">>> ").expect("first prompt");
    p
}

/// Types a line and waits for `then`.
fn type_then(p: &mut PtySession, text: &str, then: &str) {
    line(p, text);
    p.exp_string(then).expect(then);
}

#[test]
fn stepping_through_a_counter_in_a_terminal() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut p = cellar(dir.path(), 10_000);
    type_then(&mut p, "def make_counter():", "...     ");
    type_then(&mut p, "count = 0", "...     ");
    type_then(&mut p, "def inc():", "...         ");
    type_then(&mut p, "nonlocal count", "...         ");
    type_then(&mut p, "count += 1", "...         ");
    type_then(&mut p, "return count", "...     ");
    type_then(&mut p, "return inc", "... ");
    type_then(&mut p, "", ">>> ");
    type_then(&mut p, ":step", "... ");
    type_then(&mut p, "c = make_counter()", "... ");
    type_then(&mut p, "print(c())", "... ");
    line(&mut p, "");
    p.exp_string("step 1/").expect("the first step");
    p.exp_string("(nothing printed yet)").expect("its output");
    type_then(&mut p, "", "step 2/");
    p.exp_string("make_counter() is called").expect("the call");
    type_then(&mut p, "b", "step 1/");
    line(&mut p, "w count");
    // (rexpect reads bytes as Latin-1: expect ASCII text only)
    p.exp_string("writes count: cell#1 (empty)")
        .expect("the first write");
    p.exp_string("make_counter()'s frame").expect("its diagram");
    line(&mut p, "w count");
    p.exp_string("writes count: cell#1 0")
        .expect("the second write");
    line(&mut p, "c");
    p.exp_string("the run ends").expect("the end");
    p.exp_string("make_counter() returned; its cell#1 lives on in c\r\n")
        .expect("the returned frame");
    type_then(&mut p, "q", "left the stepper");
    type_then(&mut p, "c()", "2");
    exits_at_prompt(&mut p, ">>> ");
}

#[test]
fn ctrl_c_stops_a_recording_and_keeps_the_session() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut p = cellar(dir.path(), 1_000);
    type_then(&mut p, "n = 0", ">>> ");
    type_then(&mut p, ":step --max 100000000", ">>> ");
    type_then(&mut p, ":step", "... ");
    type_then(&mut p, "while True:", "...     ");
    type_then(&mut p, "n += 1", "...     ");
    line(&mut p, "");
    // the run records until Ctrl-C lands (a key sent before the run starts
    // is read at the prompt instead; send again until the recording stops).
    // Half a second first, so the loop has run when it lands: one that
    // lands on the first step stops the run before `n += 1` (a busy
    // machine once made it so).
    std::thread::sleep(std::time::Duration::from_millis(500));
    let stopped = (0..20).any(|_| {
        p.send_control('c').expect("Ctrl-C");
        p.exp_string("step 1/").is_ok()
    });
    assert!(stopped, "Ctrl-C stopped the recording");
    line(&mut p, "c");
    p.exp_string("stopped by Ctrl-C")
        .expect("the last step says why");
    type_then(&mut p, "q", "left the stepper");
    line(&mut p, "n > 0");
    p.exp_string("True")
        .expect("the run really ran and its state stayed");
    exits_at_prompt(&mut p, ">>> ");
}
