//! Every `:help COMMAND` example, typed into cellar (piped stdin, in a
//! directory of its own, with the file `:load`'s example names): no
//! command in it is unknown or refused. And `:save`, whose file is what
//! `--echo` shows.

use cellar::repl::help::TABLE;
use std::io::Write;
use std::process::{Command, Stdio};

/// Runs `lines` in cellar; returns stdout and stderr.
fn typed(lines: &[&str], dir: &std::path::Path) -> (String, String) {
    let mut cellar = Command::new(env!("CARGO_BIN_EXE_cellar"));
    cellar
        .current_dir(dir)
        .env("XDG_STATE_HOME", dir)
        .env("NO_COLOR", "1");
    run_with(cellar, lines)
}

/// Runs `lines` through `command`, stdout and stderr apart.
fn run_with(mut command: Command, lines: &[&str]) -> (String, String) {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cellar starts");
    let mut stdin = child.stdin.take().expect("stdin");
    stdin
        .write_all(format!("{}\n", lines.join("\n")).as_bytes())
        .expect("write");
    drop(stdin);
    let out = child.wait_with_output().expect("cellar ends");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn every_example_works_when_typed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let counter = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/transcripts/files/counter.py"
    );
    std::fs::copy(counter, dir.path().join("counter.py")).expect("copy");
    let refused = [
        "unknown command",
        "usage:",
        "no command",
        "can't",
        "no lesson",
        "not in a lesson",
        "SyntaxError",
    ];
    for help in TABLE
        .iter()
        .filter(|h| !["serve", "quit"].contains(&h.names[0]))
    {
        let (out, err) = typed(help.example, dir.path());
        for word in refused {
            assert!(
                !err.contains(word) && !out.contains(word),
                ":{} example: {word}\n{out}\n{err}",
                help.names[0]
            );
        }
    }
    assert!(dir.path().join("counter.svg").is_file());
    assert!(dir.path().join("session.txt").is_file());
}

#[test]
fn help_names_one_command() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (out, _) = typed(&[":help closure"], dir.path());
    assert!(out.starts_with(":closure EXPR\n"), "{out}");
    assert!(out.contains("example:\n  >>> def make_counter():"), "{out}");
    let (out, _) = typed(&[":help :cells"], dir.path());
    assert!(out.starts_with(":cells"), "{out}");
    let (_, err) = typed(&[":help nosuch"], dir.path());
    assert_eq!(err, "no command :nosuch (:help lists them)\n");
}

#[test]
fn save_writes_what_echo_shows() {
    let dir = tempfile::tempdir().expect("temp dir");
    let lines = [
        "def f():",
        "    return 6 * 7",
        "",
        "f()",
        "print('hi')",
        "1/0",
        ":closure f",
        ":save s.txt",
    ];
    let (out, _) = typed(&lines, dir.path());
    assert!(
        out.contains("saved the session (15 lines) to s.txt"),
        "{out}"
    );
    let saved = std::fs::read_to_string(dir.path().join("s.txt")).expect("saved");
    // stdout and stderr interleaved, as a terminal shows them
    let mut echo = Command::new("sh");
    let cellar = env!("CARGO_BIN_EXE_cellar");
    echo.args(["-c", &format!("'{cellar}' --echo 2>&1")]);
    echo.current_dir(dir.path()).env("NO_COLOR", "1");
    let (echoed, _) = run_with(echo, &lines[..lines.len() - 1]);
    assert_eq!(saved, format!("{echoed}>>> :save s.txt\n"));
}
