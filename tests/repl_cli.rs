//! The REPL's command line: `cellar -i FILE.py` runs the script and then
//! the session in its globals (also after the script fails), `--echo` and
//! `--no-color` are accepted, a missing file is reported as python3 does.

use std::io::Write;
use std::process::{Command, Output, Stdio};

const SCRIPTS: &str = "tests/transcripts/files";

fn cellar(args: &[&str], stdin: &str) -> Output {
    let state = tempfile::tempdir().expect("temp dir"); // no lesson progress
    let mut child = Command::new(env!("CARGO_BIN_EXE_cellar"))
        .args(args)
        .env("XDG_STATE_HOME", state.path())
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cellar runs");
    let mut input = child.stdin.take().expect("stdin is piped");
    input.write_all(stdin.as_bytes()).expect("write stdin");
    drop(input);
    child.wait_with_output().expect("cellar finishes")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn dash_i_runs_the_script_then_the_session_in_its_globals() {
    let out = cellar(
        &["--echo", "-i", &format!("{SCRIPTS}/counter.py")],
        "tick()\n",
    );
    assert_eq!(text(&out.stdout), "loaded 11\n>>> tick()\n12\n");
    assert!(out.status.success());
}

#[test]
fn dash_i_goes_on_after_the_script_fails() {
    let out = cellar(
        &["--no-color", "-i", &format!("{SCRIPTS}/broken.py")],
        "loaded_before_error\n",
    );
    assert_eq!(text(&out.stdout), "True\n");
    assert!(text(&out.stderr).ends_with("NameError: name 'missing' is not defined\n"));
    assert!(out.status.success());
}

#[test]
fn a_missing_script_is_reported_like_python() {
    let out = cellar(&["-i", "no/such/file.py"], "");
    assert_eq!(
        text(&out.stderr),
        "cellar: can't open file 'no/such/file.py': [Errno 2] No such file or directory\n"
    );
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn help_names_the_repl_options() {
    let out = cellar(&["--help"], "");
    let help = text(&out.stdout);
    for option in ["--echo", "--no-color", "-i FILE.py"] {
        assert!(help.contains(option), "--help lacks {option}");
    }
}

#[test]
fn exit_and_system_exit_end_the_session_with_their_status() {
    let out = cellar(&[], "exit()\nprint('never')\n");
    assert_eq!(
        (text(&out.stdout), out.status.code()),
        (String::new(), Some(0))
    );
    let out = cellar(&[], "raise SystemExit(3)\nprint('never')\n");
    assert_eq!(
        (text(&out.stdout), out.status.code()),
        (String::new(), Some(3))
    );
    let out = cellar(&[], "raise SystemExit('bye')\n");
    assert_eq!(
        (text(&out.stderr), out.status.code()),
        ("bye\n".to_string(), Some(1))
    );
    let out = cellar(&[], "exit = 5\nexit\n");
    assert_eq!(text(&out.stdout), "5\n");
}

#[test]
fn piped_windows_line_endings_run_as_typed() {
    let out = cellar(&[], "def f():\r\n    return 'crlf'\r\n\r\nf()\r\n");
    assert_eq!(text(&out.stdout), "'crlf'\n");
    assert_eq!(text(&out.stderr), "");
}

#[test]
fn an_instructors_lessons_are_numbered_after_the_bundled_ones() {
    let dir = tempfile::tempdir().expect("temp dir");
    let own = std::fs::read_to_string("lessons/01-first-closure.md")
        .expect("lesson 1")
        .replace("title = \"A first closure\"", "title = \"My own closure\"");
    std::fs::write(dir.path().join("01-own.md"), own).expect("write");
    let d = dir.path().to_string_lossy().into_owned();
    let out = cellar(&["--lessons", "--lesson-dir", &d, "--only"], "");
    assert!(text(&out.stdout).starts_with("18. My own closure (6 steps)\n"));
    assert!(!text(&out.stdout).contains("A first closure"));
    let out = cellar(&["--lesson-dir", &d], ":lesson 18\n:lesson 1\n");
    let shown = text(&out.stdout);
    assert!(shown.starts_with("My own closure\n"), "{shown}");
    assert!(shown.contains("\nA first closure\n"), "{shown}");
}

#[test]
fn a_missing_lesson_dir_is_one_line() {
    for args in [
        &["--lesson-dir", "no/such/dir", "--lessons"][..],
        &["--check-lessons", "no/such/dir"][..],
    ] {
        let out = cellar(args, "");
        assert_eq!(out.status.code(), Some(2));
        let err = text(&out.stderr);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(
            err.contains("no/such/dir: no such directory or file"),
            "{err}"
        );
    }
}
