//! The REPL in a real pseudo-terminal (rexpect): prompts and continuation,
//! auto-indent, Ctrl-C while code runs and at the prompt, Ctrl-D, history
//! across two runs, Tab completion, bracketed paste, and colors only when
//! allowed. Every wait is an expect with a timeout, never a fixed sleep.

use rexpect::session::{PtySession, spawn_command};
use std::process::Command;

mod common {
    pub mod pty;
}
use common::pty::{exits_at_prompt, line};

const TIMEOUT_MS: u64 = 10_000;

/// cellar in a pty, with its history in `state` and colors per `color`.
fn cellar(state: &std::path::Path, color: bool) -> PtySession {
    cellar_with(state, color, &[])
}

fn cellar_with(state: &std::path::Path, color: bool, args: &[&str]) -> PtySession {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_cellar"));
    cmd.args(args);
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd.env("TERM", "xterm").env("XDG_STATE_HOME", state);
    if color {
        cmd.env_remove("NO_COLOR");
    } else {
        cmd.env("NO_COLOR", "1");
    }
    let mut p = spawn_command(cmd, Some(TIMEOUT_MS)).expect("cellar starts in a pty");
    p.exp_string(">>> ").expect("first prompt");
    p
}

fn plain() -> (tempfile::TempDir, PtySession) {
    let dir = tempfile::tempdir().expect("temp dir");
    let p = cellar(dir.path(), false);
    (dir, p)
}

/// Types a line and waits for the prompt that follows it.
fn step(p: &mut PtySession, text: &str, prompt: &str) {
    line(p, text);
    p.exp_string(prompt).expect("next prompt");
}

/// Sends keys without Enter.
fn keys(p: &mut PtySession, text: &str) {
    p.send(text).expect("send");
    p.flush().expect("flush");
}

#[test]
fn prompts_continuation_and_auto_indent() {
    let (_dir, mut p) = plain();
    step(&mut p, "def f(x):", "...     ");
    step(&mut p, "y = x * 2", "...     ");
    step(&mut p, "if y > 10:", "...         ");
    step(&mut p, "y += 1", "...         ");
    // After `return` the next line starts one level less indented.
    step(&mut p, "return y", "...     ");
    step(&mut p, "z = -y", "...     ");
    step(&mut p, "return z", "... ");
    step(&mut p, "", ">>> ");
    line(&mut p, "f(20)");
    p.exp_string("41")
        .expect("the body ran with its indentation");
    p.exp_string(">>> ").expect("prompt");
    // Ctrl-D on an auto-indented `... ` line ends the input, as in CPython.
    step(&mut p, "for i in range(2):", "...     ");
    step(&mut p, "print(i * 100)", "...     ");
    p.send_control('d').expect("Ctrl-D");
    p.exp_string("100").expect("the block ran");
    exits_at_prompt(&mut p, ">>> ");
}

#[test]
fn ctrl_c_interrupts_running_code_and_keeps_state() {
    let (_dir, mut p) = plain();
    step(&mut p, "n = 7", ">>> ");
    step(&mut p, "def spin():", "...     ");
    step(&mut p, "print('spinning')", "...     ");
    step(&mut p, "while True: pass", "...     ");
    // Enter on the auto-indented empty line closes the block.
    step(&mut p, "", ">>> ");
    line(&mut p, "spin()");
    p.exp_string("spinning").expect("the loop runs");
    p.send_control('c').expect("Ctrl-C");
    p.exp_string("Traceback (most recent call last):")
        .expect("traceback");
    p.exp_string("line 3, in spin")
        .expect("the interrupted line");
    p.exp_string("KeyboardInterrupt")
        .expect("KeyboardInterrupt");
    p.exp_string(">>> ").expect("back at the prompt");
    line(&mut p, "n * 6");
    p.exp_string("42").expect("state kept");
    exits_at_prompt(&mut p, ">>> ");
}

#[test]
fn ctrl_c_at_the_prompt_discards_the_line() {
    let (_dir, mut p) = plain();
    step(&mut p, "if True:", "...     ");
    keys(&mut p, "print('discarded')");
    p.exp_string("discarded')").expect("typed text shown");
    p.send_control('c').expect("Ctrl-C");
    p.exp_string("KeyboardInterrupt")
        .expect("KeyboardInterrupt");
    p.exp_string(">>> ").expect("a fresh prompt, not ...");
    line(&mut p, "6 * 7");
    p.exp_string("42").expect("the REPL works");
    exits_at_prompt(&mut p, ">>> ");
}

#[test]
fn history_recalls_a_block_across_runs() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut p = cellar(dir.path(), false);
    step(&mut p, "def g():", "...     ");
    step(&mut p, "return 41", "... ");
    line(&mut p, "");
    exits_at_prompt(&mut p, ">>> ");

    let mut p = cellar(dir.path(), false);
    line(&mut p, "g");
    p.exp_string("NameError").expect("a new session");
    p.exp_string(">>> ").expect("prompt");
    keys(&mut p, "\x1b[A\x1b[A");
    p.exp_string("return 41")
        .expect("the block recalled as one entry");
    step(&mut p, "", ">>> ");
    line(&mut p, "g() + 1");
    p.exp_string("42").expect("g is defined again");
    exits_at_prompt(&mut p, ">>> ");
}

#[test]
fn tab_completes_names_attributes_and_commands() {
    let (_dir, mut p) = plain();
    step(&mut p, "unique_total = 5", ">>> ");
    keys(&mut p, "unique_t\t");
    p.exp_string("unique_total").expect("completed name");
    line(&mut p, "");
    p.exp_string("5").expect("the completed name evaluates");
    p.exp_string(">>> ").expect("prompt");
    step(&mut p, "class K:", "...     ");
    step(&mut p, "attribute_one = 1", "...     ");
    step(&mut p, "", ">>> ");
    keys(&mut p, "K.attr\t");
    p.exp_string("attribute_one").expect("completed attribute");
    line(&mut p, "");
    p.exp_string("1").expect("value");
    p.exp_string(">>> ").expect("prompt");
    keys(&mut p, ":load tests/transcripts/files/coun\t");
    p.exp_string("counter.py").expect("completed file name");
    line(&mut p, "");
    p.exp_string("loaded 11").expect("the file ran");
    p.exp_string(">>> ").expect("prompt");
    keys(&mut p, ":hel\t");
    p.exp_string(":help").expect("completed command");
    line(&mut p, "");
    p.exp_string(":reset").expect("help text");
    exits_at_prompt(&mut p, ">>> ");
}

#[test]
fn bracketed_paste_runs_as_typed() {
    let (_dir, mut p) = plain();
    keys(&mut p, "\x1b[200~def h():\n    return 'pasted'\n\x1b[201~");
    p.exp_string("'pasted'").expect("the paste is shown");
    step(&mut p, "", ">>> ");
    line(&mut p, "h()");
    p.exp_string("'pasted'").expect("the pasted block ran");
    p.exp_string(">>> ").expect("prompt");
    // A body pasted onto an auto-indented line keeps its own indentation.
    step(&mut p, "def body():", "...     ");
    keys(&mut p, "\x1b[200~    a = 'own'\n    return a\n\x1b[201~");
    p.exp_string("return a").expect("the paste is shown");
    step(&mut p, "", ">>> ");
    line(&mut p, "body()");
    p.exp_string("'own'").expect("the pasted body ran");
    exits_at_prompt(&mut p, ">>> ");
}

/// An SGR color escape: ESC [ 3x m or ESC [ 9x m.
fn has_color(text: &str) -> bool {
    text.match_indices("\x1b[").any(|(i, _)| {
        let rest = &text.as_bytes()[i + 2..];
        rest.len() >= 3 && (rest[0] == b'3' || rest[0] == b'9') && rest[2] == b'm'
    })
}

#[test]
fn colors_on_a_terminal_and_none_under_no_color() {
    let dir = tempfile::tempdir().expect("temp dir");
    let no_args: &[&str] = &[];
    for (color, args) in [(true, no_args), (false, no_args), (true, &["--no-color"])] {
        let mut p = cellar_with(dir.path(), color, args);
        line(&mut p, "def k(): return 'str'  # note");
        let shown = p.exp_string("... ").expect("continuation");
        let expected = color && args.is_empty();
        assert_eq!(
            has_color(&shown),
            expected,
            "colors with {args:?}: {shown:?}"
        );
        line(&mut p, "");
        exits_at_prompt(&mut p, ">>> ");
    }
}

#[test]
fn unwritable_or_corrupt_history_does_not_stop_the_repl() {
    let unwritable = tempfile::tempdir().expect("temp dir");
    let blocker = unwritable.path().join("cellar");
    std::fs::write(blocker, "a file where a directory should be").expect("write");
    let corrupt = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(corrupt.path().join("cellar")).expect("mkdir");
    let garbage: Vec<u8> = (0..=255u8).cycle().take(4096).collect();
    std::fs::write(corrupt.path().join("cellar/history"), garbage).expect("write");
    for dir in [unwritable.path(), corrupt.path()] {
        let mut p = cellar(dir, false);
        line(&mut p, "1 + 1");
        p.exp_string("2").expect("runs");
        exits_at_prompt(&mut p, ">>> ");
    }
}

#[test]
fn lines_typed_ahead_are_all_run() {
    // a fast typist, or a terminal pasting without bracketed paste: several
    // lines arrive in one read, and each runs in turn as CPython's REPL does
    let (_dir, mut p) = plain();
    keys(
        &mut p,
        "a = 20\rb = a + 1\rdef f():\r    return a + b\r\rf() * 1000\r",
    );
    p.exp_string("41000").expect("every line typed ahead ran");
    exits_at_prompt(&mut p, ">>> ");
}

#[test]
fn indentation_typed_as_in_cpython_is_not_doubled() {
    // CPython's REPL has no auto-indent: its users type every space
    // themselves, on top of ours here; their own indentation wins
    let (_dir, mut p) = plain();
    step(&mut p, "def f(x):", "...     ");
    step(&mut p, "    y = x * 2", "...     ");
    step(&mut p, "    if y > 40:", "...         ");
    step(&mut p, "        y += 1", "...         ");
    step(&mut p, "    return y", "... ");
    step(&mut p, "", ">>> ");
    line(&mut p, "f(21)");
    p.exp_string("43")
        .expect("the body ran with the typed indentation");
    // the same lines arriving at once, as a terminal without bracketed
    // paste delivers a paste
    p.exp_string(">>> ").expect("prompt");
    keys(
        &mut p,
        "def g(x):\r    y = x * 2\r    return y + 1\r\rg(20)\r",
    );
    p.exp_string("41").expect("the pasted body ran");
    exits_at_prompt(&mut p, ">>> ");
}
