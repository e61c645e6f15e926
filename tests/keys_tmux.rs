//! What the screen shows at the keyboard, read back from a tmux pane:
//! indentation typed onto the auto-indent is drawn as it runs, a
//! bracketed paste with blank lines inside a function runs as one block
//! and is drawn with `... ` prompts, F3's paste mode, the hint under the
//! IndentationError of a paste split by a blank line, and Backspace in
//! the indentation removing one level. Without tmux these tests say so
//! and pass.

mod common {
    pub mod tmux;
}
use common::tmux::Pane;

#[test]
fn indentation_typed_onto_the_auto_indent_is_drawn_as_it_runs() {
    needs_tmux!();
    let pane = Pane::start(&[]);
    pane.line("def make():", "...");
    pane.line("    fs = []", "...");
    pane.line("    for i in range(3):", "...");
    pane.line("        fs.append(i)", "...");
    pane.line("    return fs", "...");
    pane.line("", ">>>");
    let screen = pane.screen();
    let shown: Vec<&str> = screen.lines().filter(|l| l.starts_with("...")).collect();
    assert_eq!(
        shown,
        [
            "...     fs = []",
            "...     for i in range(3):",
            "...         fs.append(i)",
            "...     return fs",
            "...",
        ],
        "{screen}"
    );
    pane.line("make()", ">>>");
    pane.wait_for("[0, 1, 2]");
}

#[test]
fn a_pasted_block_with_blank_lines_runs_whole() {
    needs_tmux!();
    let pane = Pane::start(&[]);
    pane.ready();
    pane.paste("def counter():\n    count = 0\n\n    def inc():\n        nonlocal count\n\n        count += 1\n        return count\n\n    return inc\n\nc = counter()\nc()\nc()\n");
    pane.keys("\r");
    // (the prompt before the paste is `>>>` too: wait for what the block printed)
    let screen = pane.wait_for("... c()\n2\n>>>");
    assert!(!screen.contains("Error"), "{screen}");
    let block = ">>> def counter():\n...     count = 0\n...\n...     def inc():";
    assert!(screen.contains(block), "{screen}");
    // only the last statement echoes, as in CPython 3.13
    assert!(screen.contains("... c()\n2\n>>>"), "{screen}");
    assert!(!screen.contains("\n1\n"), "{screen}");
    pane.line("c()", ">>>");
    pane.wait_for("\n3\n");
}

#[test]
fn a_paste_onto_the_auto_indent_keeps_its_own_indentation() {
    needs_tmux!();
    let pane = Pane::start(&[]);
    pane.line("def body():", "...");
    pane.ready();
    pane.paste("    a = 'own'\n\n    return a\n");
    pane.keys("\r");
    pane.wait_last(">>>");
    let screen = pane.screen();
    assert!(
        screen.contains(">>> def body():\n...     a = 'own'\n...\n...     return a"),
        "{screen}"
    );
    pane.line("body()", ">>>");
    pane.wait_for("'own'");
}

#[test]
fn f3_paste_mode_runs_everything_at_once() {
    needs_tmux!();
    let pane = Pane::start(&[]);
    pane.ready();
    pane.key("F3");
    pane.wait_last("(paste)");
    // a terminal without bracketed paste types the lines, Enter included
    pane.keys("def h():\r    a = 1\r\r    return a + 1\r\rh()\r");
    pane.wait_for("(paste) h()");
    pane.key("F3");
    let screen = pane.wait_last(">>>");
    assert!(screen.contains("paste mode"), "{screen}");
    assert!(screen.contains("\n2\n>>>"), "{screen}");
    assert!(!screen.contains("Error"), "{screen}");
    // Ctrl-C drops a paste
    pane.ready();
    pane.key("F3");
    pane.wait_last("(paste)");
    pane.keys("boom()\r");
    pane.key("C-c");
    pane.wait_last(">>>");
    assert!(!pane.screen().contains("NameError"));
}

#[test]
fn a_paste_split_by_a_blank_line_suggests_paste_mode() {
    needs_tmux!();
    let pane = Pane::start(&[]);
    pane.line("def f():", "...");
    pane.line("x = 1", "...");
    pane.line("", ">>>");
    pane.line("    return x", ">>>");
    let screen = pane.wait_for("press F3");
    assert!(
        screen.contains("IndentationError: unexpected indent"),
        "{screen}"
    );
    assert!(screen.contains("press F3 for paste mode"), "{screen}");
    assert!(screen.contains(":load FILE"), "{screen}");
}

#[test]
fn backspace_in_the_indentation_removes_one_level() {
    needs_tmux!();
    let pane = Pane::start(&[]);
    pane.line("def g(x):", "...");
    pane.line("if x:", "...");
    pane.line("y = 1", "...");
    // the auto-indent is 8 spaces: one Backspace goes back to 4
    pane.ready();
    pane.key("BSpace");
    pane.keys("return 7");
    pane.wait_last("...     return 7");
    pane.keys("\r");
    pane.wait_last("...");
    pane.line("", ">>>");
    pane.line("g(True)", ">>>");
    pane.wait_for("\n7\n");
}

#[test]
fn clear_leaves_only_the_prompt() {
    needs_tmux!();
    let pane = Pane::start(&[]);
    pane.line("x = 41", ">>>");
    pane.line(":clear", ">>>");
    assert_eq!(pane.screen().trim(), ">>>");
    pane.line("x + 1", ">>>");
    pane.wait_for("42");
}

#[test]
fn an_exercises_starter_code_is_in_the_history() {
    needs_tmux!();
    let pane = Pane::start(&[]);
    pane.line(":lesson 1 6", "[1 6/6] >>>");
    pane.ready();
    pane.key("Up");
    pane.wait_for("[1 6/6] >>> def multiplier(k):");
}
