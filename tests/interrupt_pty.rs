//! Ctrl-C in a real pseudo-terminal reaches code running inside builtins:
//! thirty interrupts in a row, each during a different long builtin loop
//! (sums, sorts with a key, min/max, map/filter callbacks, big-int powers,
//! joins, sleeps), each ends in KeyboardInterrupt and the prompt, and the
//! session keeps its names. Every wait is an expect with a timeout.

use rexpect::session::{PtySession, spawn_command};
use std::process::Command;

mod common {
    pub mod pty;
}
use common::pty::{exits_at_prompt, line};

const TIMEOUT_MS: u64 = 20_000;

/// Each runs for minutes unless interrupted, in constant memory.
const LONG: [&str; 10] = [
    "sum(range(10**12))",
    "sorted(range(3*10**6), key=lambda v: -v)",
    "max(range(10**12))",
    "min(range(10**12), key=lambda v: -v)",
    "any(map(lambda v: v < 0, range(10**12)))",
    "next(filter(lambda v: v < 0, range(10**12)))",
    "10**n",
    "len(''.join(map(str, range(10**12))))",
    "time.sleep(100)",
    "sum(i * i for i in range(10**12))",
];

fn cellar(state: &std::path::Path) -> PtySession {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_cellar"));
    cmd.env("TERM", "xterm")
        .env("NO_COLOR", "1")
        .env("XDG_STATE_HOME", state);
    let mut p = spawn_command(cmd, Some(TIMEOUT_MS)).expect("cellar starts in a pty");
    p.exp_string(">>> ").expect("first prompt");
    p
}

#[test]
fn thirty_interrupts_in_a_row_each_reach_the_running_builtin() {
    let state = tempfile::tempdir().expect("temp dir");
    let mut p = cellar(state.path());
    line(&mut p, "import time; n = 10**8; kept = 'still here'");
    p.exp_string(">>> ").expect("prompt");
    for round in 0..30 {
        let code = LONG[round % LONG.len()];
        // The marker is built at run time so the echoed line does not match.
        line(&mut p, &format!("print('run' + 'ning', {round}); {code}"));
        p.exp_string(&format!("running {round}"))
            .unwrap_or_else(|e| panic!("round {round} ({code}) did not start: {e}"));
        p.send_control('c').expect("Ctrl-C");
        p.exp_string("KeyboardInterrupt")
            .unwrap_or_else(|e| panic!("round {round}: {code} was not interrupted: {e}"));
        p.exp_string(">>> ")
            .unwrap_or_else(|e| panic!("round {round}: no prompt after {code}: {e}"));
    }
    line(&mut p, "kept, n");
    p.exp_string("('still here', 100000000)")
        .expect("the session kept its names");
    exits_at_prompt(&mut p, ">>> ");
}
