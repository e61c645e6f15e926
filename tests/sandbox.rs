//! The sandbox audit: every escape a clever student would try ends in a
//! Python exception or a clear one-line message: imports of the system,
//! `open`, `exec`/`eval`/`compile`, the object graph (`__subclasses__`,
//! `__globals__`, `__builtins__`, `sys.modules`, frames of generators),
//! `:load` and `:export` of paths, lessons that write files, non-regular
//! files, and `--no-files`.

use std::io::Write;
use std::process::{Command, Stdio};

/// Runs `cellar -c CODE`; the last line of stderr.
fn last_error(code: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_cellar"))
        .args(["-c", code])
        .output()
        .expect("cellar runs");
    let err = String::from_utf8_lossy(&out.stderr);
    err.lines().last().unwrap_or("").to_string()
}

/// A piped REPL session; (stdout, stderr).
fn session(args: &[&str], input: &str) -> (String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_cellar"))
        .args(args)
        .env(
            "XDG_STATE_HOME",
            std::env::temp_dir().join("cellar-sandbox"),
        )
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cellar runs");
    let mut stdin = child.stdin.take().expect("piped");
    stdin.write_all(input.as_bytes()).expect("write");
    drop(stdin);
    let out = child.wait_with_output().expect("cellar ends");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn escapes_through_python_end_in_exceptions() {
    let cases = [
        (
            "__import__('os')",
            "NotImplementedError: cellar does not support __import__()",
        ),
        (
            "open('/etc/passwd')",
            "NotImplementedError: cellar does not support open()",
        ),
        // exec, eval and compile run cellar's own VM: their code can do no more
        (
            "exec('import os')",
            "ModuleNotFoundError: cellar does not support the 'os' module",
        ),
        (
            "eval(\"open('/etc/passwd')\")",
            "NotImplementedError: cellar does not support open()",
        ),
        (
            "exec(compile(\"__import__('os')\", '<x>', 'exec'), {})",
            "NotImplementedError: cellar does not support __import__()",
        ),
        (
            "exec('print(len)', {'__builtins__': {}})",
            "NameError: name 'print' is not defined",
        ),
        (
            "import os",
            "ModuleNotFoundError: cellar does not support the 'os' module",
        ),
        (
            "import subprocess",
            "ModuleNotFoundError: cellar does not support the 'subprocess'",
        ),
        (
            "import socket",
            "ModuleNotFoundError: cellar does not support the 'socket' module",
        ),
        (
            "from os import system",
            "ModuleNotFoundError: cellar does not support the 'os'",
        ),
        (
            "object.__subclasses__()",
            "AttributeError: type object 'object' has no attribute '__subclasses__'",
        ),
        (
            "().__class__.__base__",
            "AttributeError: type object 'tuple' has no attribute '__base__'",
        ),
        (
            "(lambda: 0).__globals__['__builtins__']",
            "KeyError: '__builtins__'",
        ),
        (
            "__builtins__",
            "NameError: name '__builtins__' is not defined",
        ),
        (
            "import sys; sys.modules",
            "AttributeError: module 'sys' has no attribute 'modules'",
        ),
        (
            "def g():\n    yield 1\nx = g(); next(x); x.gi_frame.f_back.f_globals",
            "AttributeError: 'generator' object has no attribute 'gi_frame'",
        ),
    ];
    for (code, expected) in cases {
        let last = last_error(code);
        assert!(last.starts_with(expected), "{code}: {last}");
    }
}

#[test]
fn load_runs_only_regular_python_files_and_quotes_nothing() {
    let (out, err) = session(
        &[],
        ":load /etc/passwd\n:load /proc/self/environ\n:load /dev/zero\n:load /tmp\n",
    );
    assert_eq!(out, "");
    assert!(!err.contains("root:"), "{err}");
    assert_eq!(
        err,
        "can't load '/etc/passwd': :load runs Python files (FILE.py)\n\
         can't load '/proc/self/environ': :load runs Python files (FILE.py)\n\
         can't load '/dev/zero': :load runs Python files (FILE.py)\n\
         can't load '/tmp': :load runs Python files (FILE.py)\n"
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let fifo = dir.path().join("pipe.py");
    let made = Command::new("mkfifo").arg(&fifo).status();
    if made.is_ok_and(|s| s.success()) {
        let (_, err) = session(&[], &format!(":load {}\n", fifo.display()));
        assert!(err.ends_with(": not a regular file\n"), "{err}");
    }
}

#[test]
fn no_files_turns_load_and_export_off() {
    let dir = tempfile::tempdir().expect("temp dir");
    let svg = dir.path().join("x.svg");
    let py = dir.path().join("x.py");
    std::fs::write(&py, "loaded = 1\n").expect("write");
    let input = format!(
        "def f():\n    x = 1\n    return lambda: x\n\ng = f()\n:load {}\n:export {} g\nprint(1)\n",
        py.display(),
        svg.display()
    );
    let (out, err) = session(&["--no-files"], &input);
    assert_eq!(out, "1\n");
    assert_eq!(
        err,
        ":load is off (--no-files)\n:export is off (--no-files)\n"
    );
    assert!(!svg.exists());
}

#[test]
fn lessons_cannot_write_files_and_their_control_characters_are_escaped() {
    let dir = tempfile::tempdir().expect("temp dir");
    let target = dir.path().join("written.svg");
    let lesson = format!(
        "+++\ntitle = \"Esc\u{1b}]0;pwned\u{7}ape\"\n+++\n\n## One\n\n```python run\n\
         def f():\n    x = 1\n    return lambda: x\ng = f()\n```\n\n```repl\n:export {} g\n```\n",
        target.display()
    );
    std::fs::write(dir.path().join("01-esc.md"), lesson).expect("write");
    let d = dir.path().to_str().expect("utf-8 path");
    let out = Command::new(env!("CARGO_BIN_EXE_cellar"))
        .args(["--check-lessons", d])
        .output()
        .expect("cellar runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(err.contains("a lesson cannot write files"), "{err}");
    assert!(!target.exists(), "the lesson wrote a file");
    let (listing, _) = session(&["--lesson-dir", d, "--lessons"], "");
    assert!(listing.contains("Esc\\x1b]0;pwned\\x07ape"), "{listing}");
    assert!(!listing.contains('\u{1b}'), "{listing:?}");
}
