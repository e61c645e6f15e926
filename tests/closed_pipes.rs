//! Writing to a closed pipe is harmless, as in CPython: cellar run with its
//! stdout or stderr on a pipe whose reader is gone exits with its usual
//! status, never by a panic (status 70) or a signal (SIGABRT in release).

use std::io::PipeWriter;
use std::process::{Command, ExitStatus, Stdio};

/// The write end of a pipe whose read end is already closed.
fn closed_pipe() -> PipeWriter {
    let (reader, writer) = std::io::pipe().expect("pipe");
    drop(reader); // no reader: every write fails with EPIPE
    writer
}

/// Which of the standard streams go to a closed pipe.
#[derive(Clone, Copy)]
enum Closed {
    Stdout,
    Stderr,
    Both,
}

/// Runs cellar with `args` and `stdin` as its input, `closed` streams on
/// closed pipes (the others discarded).
fn run(args: &[&str], stdin: &str, closed: Closed) -> ExitStatus {
    let (out, err): (Stdio, Stdio) = match closed {
        Closed::Stdout => (closed_pipe().into(), Stdio::null()),
        Closed::Stderr => (Stdio::null(), closed_pipe().into()),
        Closed::Both => (closed_pipe().into(), closed_pipe().into()),
    };
    let mut child = Command::new(env!("CARGO_BIN_EXE_cellar"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(out)
        .stderr(err)
        .spawn()
        .expect("spawn cellar");
    let mut input = child.stdin.take().expect("piped stdin");
    let _ = std::io::Write::write_all(&mut input, stdin.as_bytes());
    drop(input);
    child.wait().expect("wait for cellar")
}

/// The exit code, failing the test when cellar died by a signal.
fn code(status: ExitStatus) -> i32 {
    match status.code() {
        Some(c) => c,
        None => panic!("cellar was killed by a signal: {status:?}"),
    }
}

const IGNORED_IN_GENERATOR: &str = "\
def g():
    try:
        yield 1
    finally:
        raise ValueError('boom')
it = g()
next(it)
del it
print('after')
";

#[test]
fn exception_ignored_in_a_generator_with_stderr_closed() {
    let status = run(&["-c", IGNORED_IN_GENERATOR], "", Closed::Stderr);
    assert_eq!(code(status), 0);
}

#[test]
fn uncaught_traceback_with_stderr_closed() {
    let status = run(
        &["-c", "print('x')\nraise ValueError(1)"],
        "",
        Closed::Stderr,
    );
    assert_eq!(code(status), 1);
}

#[test]
fn version_and_help_with_stdout_closed() {
    assert_eq!(code(run(&["--version"], "", Closed::Stdout)), 0);
    assert_eq!(code(run(&["--help"], "", Closed::Stdout)), 0);
}

#[test]
fn usage_and_missing_file_with_stderr_closed() {
    assert_eq!(code(run(&["--bogus"], "", Closed::Stderr)), 2);
    assert_eq!(code(run(&["/no/such/file.py"], "", Closed::Stderr)), 2);
    assert_eq!(
        code(run(
            &["--dump-names", "/no/such/file.py"],
            "",
            Closed::Stderr
        )),
        2
    );
}

#[test]
fn dump_scopes_with_stdout_closed() {
    let file = tempfile::NamedTempFile::new().expect("temp file");
    std::fs::write(file.path(), IGNORED_IN_GENERATOR).expect("write program");
    let path = file.path().to_str().expect("utf-8 temp path");
    assert_eq!(code(run(&["--dump-scopes", path], "", Closed::Stdout)), 0);
}

#[test]
fn lesson_list_with_stdout_closed() {
    assert_eq!(code(run(&["--lessons"], "", Closed::Stdout)), 0);
}

#[test]
fn piped_repl_with_both_closed() {
    let session = "print(1)\n1/0\nimport sys\nprint(2, file=sys.stderr)\n";
    assert_eq!(code(run(&[], session, Closed::Both)), 0);
}
