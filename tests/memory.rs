//! The memory budget: past `--max-memory` the running code gets
//! MemoryError and the session goes on with its names; a real allocation
//! failure under an address-space rlimit is a MemoryError too, never an
//! abort; `sys.getmemorylimit()` shows the budget.

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Runs `cellar ARGS` with `input` piped to stdin.
fn cellar(args: &[&str], input: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_cellar"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cellar runs");
    let mut stdin = child.stdin.take().expect("stdin is piped");
    stdin.write_all(input.as_bytes()).expect("write stdin");
    drop(stdin);
    child.wait_with_output().expect("cellar ends")
}

fn text(out: &[u8]) -> String {
    String::from_utf8_lossy(out).into_owned()
}

#[test]
fn past_the_budget_the_code_gets_memory_error_and_the_session_goes_on() {
    let session = "\
import sys
sys.getmemorylimit()
kept = 'still here'
s = 'a' * 200_000_000
t = [0] * 10**7
x = []
while True: x.append('b' * 100_000)

len(x) > 100
del x
y = [0] * 10**6
len(y), kept
";
    let out = cellar(&["--max-memory", "100M"], session);
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert_eq!(
        stdout, "104857600\nTrue\n(1000000, 'still here')\n",
        "stderr: {stderr}"
    );
    assert_eq!(stderr.matches("\nMemoryError\n").count(), 3, "{stderr}");
    assert!(out.status.success());
}

#[test]
fn a_caught_memory_error_leaves_room_for_the_handler_but_not_more() {
    let program = "\
x = []
errors = 0
while errors < 5:
    try:
        x.append('c' * 100_000)
    except MemoryError:
        errors += 1
print(errors, len(x) < 2000)
";
    let out = cellar(&["--max-memory", "100M", "-c", program], "");
    assert_eq!(text(&out.stdout), "5 True\n", "{}", text(&out.stderr));
}

/// `ulimit -v` (KiB) through sh, so the test needs no prlimit binary.
fn under_rlimit(kib: u64, max_memory: &str, code: &str) -> Output {
    let script = format!("ulimit -v {kib} && exec \"$0\" --max-memory \"$1\" -c \"$2\"");
    Command::new("sh")
        .args([
            "-c",
            &script,
            env!("CARGO_BIN_EXE_cellar"),
            max_memory,
            code,
        ])
        .output()
        .expect("sh runs")
}

#[test]
fn a_real_allocation_failure_is_a_memory_error_not_an_abort() {
    let program = "\
x = []
try:
    while True:
        x.append('a' * 100000)
except MemoryError:
    print('MemoryError', len(x) > 100)
del x
print('alive', len([0] * 1000))
";
    // The default budget sees the rlimit; a budget past it meets the real
    // failure (the reserve is freed, and the VM raises at its next poll).
    for budget in ["", "64G"] {
        let out = under_rlimit(2_000_000_000 / 1024, budget, program);
        assert_eq!(
            text(&out.stdout),
            "MemoryError True\nalive 1000\n",
            "budget {budget:?}: status {:?}, stderr {}",
            out.status,
            text(&out.stderr)
        );
        assert!(out.status.success());
    }
}

#[test]
fn huge_sizes_are_refused_before_they_are_allocated() {
    let program = "\
for make in (lambda: 'x' * 2**40, lambda: f'{1:>{2**40}}', lambda: 2 ** 2**40,
             lambda: 1 << 2**40, lambda: [None] * 2**40, lambda: '{:>1099511627776}'.format(1),
             lambda: list(range(2**40)), lambda: set(range(2**40)), lambda: 'ab'.center(2**40)):
    try:
        make()
    except MemoryError:
        print('MemoryError')
";
    let out = cellar(&["--max-memory", "1G", "-c", program], "");
    assert_eq!(
        text(&out.stdout),
        "MemoryError\n".repeat(9),
        "{}",
        text(&out.stderr)
    );
}
