//! Lessons in a real pseudo-terminal (rexpect): `cellar --demo --lesson 5`
//! types each step's code at a readable pace and shows its diagram, the
//! prompt names the lesson and step, a prediction is judged, and progress
//! is remembered by the next run. Every wait is an expect with a timeout.

use rexpect::session::{PtySession, spawn_command};
use std::process::Command;

mod common {
    pub mod pty;
}
use common::pty::{exits_at_prompt, line};
use std::time::{Duration, Instant};

const TIMEOUT_MS: u64 = 20_000;

fn cellar(state: &std::path::Path, args: &[&str], delay_ms: &str) -> PtySession {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_cellar"));
    cmd.args(args)
        .env("TERM", "xterm")
        .env("NO_COLOR", "1")
        .env("XDG_STATE_HOME", state)
        .env("CELLAR_DEMO_DELAY_MS", delay_ms);
    spawn_command(cmd, Some(TIMEOUT_MS)).expect("cellar starts in a pty")
}

#[test]
fn demo_mode_types_code_and_shows_diagrams_in_a_terminal() {
    let state = tempfile::tempdir().expect("temp dir");
    let start = Instant::now();
    let mut p = cellar(state.path(), &["--demo", "--lesson", "5"], "2");
    p.exp_string("lesson 5 ").expect("the step's header");
    p.exp_string("step 1/6 ").expect("the step's number");
    p.exp_string("deposit, current = account(100)")
        .expect("the code, typed");
    p.exp_string("150").expect("its output");
    p.exp_string("also held by: current")
        .expect("the diagram of the shared cell");
    p.exp_string("[5 1/6] >>> ")
        .expect("the prompt names lesson and step");
    // about 250 characters at 2 ms each: typing takes visible time
    assert!(
        start.elapsed() >= Duration::from_millis(400),
        "{:?}",
        start.elapsed()
    );
    line(&mut p, ":next");
    p.exp_string("[5 2/6] >>> ").expect("step 2");
    line(&mut p, ":next");
    p.exp_string("What does it print?").expect("a question");
    p.exp_string("[5 3/6] >>> ").expect("step 3");
    line(&mut p, ":predict 99");
    p.exp_string("not yet")
        .expect("a wrong prediction, another try");
    p.exp_string("[5 3/6] >>> ").expect("prompt");
    line(&mut p, ":predict 100");
    p.exp_string("right!").expect("a right prediction");
    p.exp_string("cell#").expect("the diagram after the answer");
    p.exp_string("[5 3/6] >>> ").expect("prompt");
    line(&mut p, "current() + 1");
    p.exp_string("101")
        .expect("the learner types freely with the lesson's names");
    exits_at_prompt(&mut p, "[5 3/6] >>> ");

    // the next run remembers the step
    let mut p = cellar(state.path(), &[], "0");
    p.exp_string(">>> ").expect("first prompt");
    line(&mut p, ":lessons");
    p.exp_string("Sibling functions share cells (6 steps) (at step 3)")
        .expect("progress listed");
    p.exp_string(">>> ").expect("prompt");
    line(&mut p, ":lesson 5");
    p.exp_string("resuming at step 3").expect("resumed");
    p.exp_string("[5 3/6] >>> ").expect("at step 3");
    line(&mut p, "current()");
    p.exp_string("150").expect("earlier steps' code ran again");
    exits_at_prompt(&mut p, "[5 3/6] >>> ");
}

#[test]
fn a_corrupt_progress_file_does_not_stop_the_repl() {
    let state = tempfile::tempdir().expect("temp dir");
    let dir = state.path().join("cellar");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("progress"), [0xff, 0xfe, b'\n', b'x']).unwrap();
    let mut p = cellar(state.path(), &["--lesson", "1"], "0");
    exits_at_prompt(&mut p, "[1 1/6] >>> ");
}
