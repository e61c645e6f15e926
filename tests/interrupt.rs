//! Ctrl-C (SIGINT) while a script runs: KeyboardInterrupt is raised where
//! the code is, can be caught, and is raised once: loops and calls after
//! the handler run to their end.

use std::io::{BufRead, BufReader, Read};
use std::process::{Command, Stdio};

const SCRIPT: &str = "\
def f():
    return 1

print('ready', flush=True)
try:
    while True:
        f()
except KeyboardInterrupt:
    print('caught')
i = 0
while i < 300000:
    i += 1
for j in range(300000):
    f()
print('done', i, j)
";

#[test]
fn a_caught_keyboard_interrupt_is_raised_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("spin.py");
    std::fs::write(&path, SCRIPT).expect("write script");
    let mut child = Command::new(env!("CARGO_BIN_EXE_cellar"))
        .arg(&path)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cellar runs");
    let mut out = BufReader::new(child.stdout.take().expect("stdout is piped"));
    let mut first = String::new();
    out.read_line(&mut first).expect("read the first line");
    assert_eq!(first, "ready\n");
    let status = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(status.success());
    let mut rest = String::new();
    out.read_to_string(&mut rest).expect("read the rest");
    let exit = child.wait().expect("cellar ends");
    let mut err = String::new();
    if let Some(mut e) = child.stderr.take() {
        e.read_to_string(&mut err).expect("read stderr");
    }
    assert_eq!(rest, "caught\ndone 300000 299999\n", "stderr: {err}");
    assert!(exit.success(), "stderr: {err}");
}
