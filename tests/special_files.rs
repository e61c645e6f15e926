//! Lesson, progress and history files that are not regular files (a FIFO,
//! /dev/zero, /dev/full) are refused with one line: cellar neither hangs
//! reading them nor aborts, and everything else goes on.

use rexpect::session::spawn_command;
use std::process::{Command, Stdio};

mod common {
    pub mod pty;
}

fn mkfifo(path: &std::path::Path) {
    let made = Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo runs");
    assert!(made.success(), "mkfifo {}", path.display());
}

/// Runs cellar with `args` and state in `state`, stdin closed; (ok, stdout, stderr).
fn cellar(args: &[&str], state: &std::path::Path) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_cellar"))
        .args(args)
        .env("XDG_STATE_HOME", state)
        .stdin(Stdio::null())
        .output()
        .expect("cellar runs");
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (out.status.success(), text(&out.stdout), text(&out.stderr))
}

#[test]
fn lesson_files_that_are_fifos_or_devices_are_reported() {
    let dir = tempfile::tempdir().expect("temp dir");
    mkfifo(&dir.path().join("01-pipe.md"));
    std::os::unix::fs::symlink("/dev/zero", dir.path().join("02-zero.md")).expect("symlink");
    let good = "+++\ntitle = \"Good\"\n+++\n\n## One\n\n```python run\nprint(1)\n```\n\n```output\n1\n```\n";
    std::fs::write(dir.path().join("03-good.md"), good).expect("write");
    let d = dir.path().to_str().expect("utf-8");
    let (ok, out, err) = cellar(&["--check-lessons", d], dir.path());
    assert!(!ok, "the special files are failures");
    assert!(
        out.contains("03-good.md"),
        "the good lesson is checked: {out}"
    );
    assert!(
        err.contains("01-pipe.md") && err.contains("02-zero.md"),
        "{err}"
    );
    assert!(err.lines().count() <= 4, "one line each: {err}");
}

#[test]
fn a_progress_file_that_is_a_fifo_is_no_progress() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir_all(dir.path().join("cellar")).expect("dir");
    mkfifo(&dir.path().join("cellar/progress"));
    let (ok, out, _) = cellar(&["--lessons"], dir.path());
    assert!(ok && out.contains(" 1. A first closure"), "{out}");
}

#[test]
fn a_history_file_that_is_a_fifo_or_a_device_does_not_stop_the_repl() {
    for special in ["fifo", "/dev/zero", "/dev/full"] {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir_all(dir.path().join("cellar")).expect("dir");
        let history = dir.path().join("cellar/history");
        if special == "fifo" {
            mkfifo(&history);
        } else {
            std::os::unix::fs::symlink(special, &history).expect("symlink");
        }
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_cellar"));
        cmd.env("TERM", "xterm")
            .env("XDG_STATE_HOME", dir.path())
            .env("NO_COLOR", "1");
        let mut p = spawn_command(cmd, Some(10_000)).expect("cellar starts in a pty");
        p.exp_string(">>> ")
            .expect("a prompt despite the history file");
        common::pty::line(&mut p, "6 * 7");
        p.exp_string("42").expect("the REPL works");
        common::pty::exits_at_prompt(&mut p, ">>> ");
    }
}
