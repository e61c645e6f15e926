//! What the screen shows at the keyboard, read back from a tmux pane:
//! indentation typed onto the auto-indent is drawn as it runs, a
//! bracketed paste with blank lines inside a function runs as one block
//! and is drawn with `... ` prompts, F3's paste mode, the hint under the
//! IndentationError of a paste split by a blank line, Backspace in the
//! indentation removing one level, and a block recalled from history
//! edited anywhere (lines moved across, split, joined and changed, Enter
//! at the end running it or adding a line), drawn with its prompts as it
//! runs. Without tmux these tests say so and pass.

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

/// The rows of the screen from the last `>>> ` prompt on.
fn from_last_prompt(screen: &str, prompt: &str) -> String {
    let start = screen.rfind(prompt).expect("a prompt on the screen");
    screen[start..].to_string()
}

/// A pane where `add(a, b)` was typed as a block and Up recalled it.
fn add_recalled() -> Pane {
    let pane = Pane::start(&[]);
    pane.line("def add(a, b):", "...");
    pane.line("total = a + b", "...");
    pane.line("return total", "...");
    pane.line("", ">>>");
    pane.ready();
    pane.key("Up");
    let recalled = ">>> def add(a, b):\n...     total = a + b\n...     return total\n...";
    pane.wait_tail(recalled);
    pane
}

#[test]
fn a_recalled_block_is_edited_anywhere_and_runs_as_shown() {
    needs_tmux!();
    let pane = add_recalled();
    // the cursor goes up two lines, to the end of the first body line
    pane.key("Up");
    pane.key("Up");
    pane.key("End");
    // Enter on a middle line inserts a line, indented like the one above
    pane.key("Enter");
    pane.keys("total = total * 10");
    pane.wait_tail("...     total = total * 10\n...     return total\n...");
    // down to the return line, changed at its end
    pane.key("Down");
    pane.keys(" + 1");
    let edited = ">>> def add(a, b):\n...     total = a + b\n...     total = total * 10\n...     return total + 1\n...";
    pane.wait_tail(edited);
    // Enter at the end of the complete block runs it, as shown
    pane.key("Down");
    pane.key("Enter");
    pane.wait_last(">>>");
    pane.line("add(1, 2)", ">>>");
    let screen = pane.wait_for("\n31\n");
    let ran = from_last_prompt(&screen[..screen.find("\n31\n").expect("31")], ">>> def add");
    assert_eq!(ran, format!("{edited}\n>>> add(1, 2)"), "{screen}");
}

#[test]
fn enter_at_the_end_of_an_incomplete_block_adds_a_line() {
    needs_tmux!();
    let pane = Pane::start(&[]);
    pane.line(":lesson 1 6", "[1 6/6] >>>");
    pane.ready();
    pane.key("Up");
    pane.wait_tail("[1 6/6] >>> def multiplier(k):\n...     ...");
    // the starter code's body `...` is replaced
    pane.key("BSpace");
    pane.key("BSpace");
    pane.key("BSpace");
    pane.keys("def times(x):");
    pane.key("Enter");
    pane.wait_last("...");
    pane.keys("return x * k");
    pane.key("Enter");
    pane.keys("return times");
    pane.key("Enter");
    // the block has no closing blank line yet: Enter added one
    let block = "[1 6/6] >>> def multiplier(k):\n...     def times(x):\n...         return x * k\n...     return times\n...";
    pane.wait_tail(block);
    pane.key("Enter");
    pane.wait_last("[1 6/6] >>>");
    pane.line("multiplier(3)(4)", "[1 6/6] >>>");
    let screen = pane.wait_for("\n12\n");
    assert!(!screen.contains("Error"), "{screen}");
}

#[test]
fn a_recalled_block_moves_across_lines_and_splits_a_line() {
    needs_tmux!();
    let pane = Pane::start(&[]);
    pane.line("for i in range(2):", "...");
    pane.line("print('item', i)", "...");
    pane.line("", ">>>");
    pane.ready();
    pane.keys("x = 5");
    pane.key("Up");
    pane.wait_tail(">>> for i in range(2):\n...     print('item', i)\n...");
    // Left at the start of a line goes to the end of the line above;
    // Enter in the middle of a line splits it and indents the rest
    pane.key("Left");
    pane.key("Left");
    pane.key("Left");
    pane.key("Enter");
    pane.wait_tail("...     print('item',\n...     i)\n...");
    // Backspace at the start of a line joins it to the line above
    pane.key("Home");
    pane.key("BSpace");
    pane.wait_tail("...     print('item',    i)\n...");
    // Ctrl-C drops the edit: the block stays on the screen, nothing runs
    pane.key("C-c");
    let screen = pane.wait_last(">>>");
    assert!(
        screen.contains("...     print('item',    i)\n...\nKeyboardInterrupt"),
        "{screen}"
    );
    assert_eq!(screen.matches("item 0").count(), 1, "{screen}");
    // Up then Down past the newest entry gives back the line being typed
    pane.ready();
    pane.keys("y = 6");
    pane.key("Up");
    pane.wait_tail(">>> for i in range(2):\n...     print('item', i)\n...");
    pane.key("Down");
    pane.wait_last(">>> y = 6");
    pane.key("Enter");
    pane.line("y", ">>>");
    pane.wait_for("\n6\n");
}

#[test]
fn a_line_growing_past_the_margin_keeps_the_block_in_place() {
    needs_tmux!();
    let pane = Pane::start(&[]);
    pane.line("def f():", "...");
    pane.line("return [1]", "...");
    pane.line("", ">>>");
    pane.ready();
    pane.key("Up");
    pane.key("Up");
    pane.key("End");
    pane.key("Left");
    // the line passes the 80th column while the line below is shown
    let more = ", 2".repeat(30);
    pane.keys(&more);
    let wrapped = format!(">>> def f():\n...     return [1{more}]\n...");
    pane.wait_tail(&wrapped);
    pane.key("Down");
    pane.key("Enter");
    let screen = pane.wait_last(">>>");
    assert!(screen.contains(&format!("{wrapped}\n>>>")), "{screen}");
    pane.line("len(f())", ">>>");
    pane.wait_for("\n31\n");
}

#[test]
fn up_while_typing_a_block_edits_the_lines_above() {
    needs_tmux!();
    let pane = Pane::start(&[]);
    pane.line("def g(x):", "...");
    pane.line("y = x + 1", "...");
    pane.ready();
    // at the auto-indented third line, Up goes to the line above
    pane.key("Up");
    pane.key("End");
    pane.keys("0");
    pane.key("Down");
    pane.keys("return y");
    pane.wait_tail(">>> def g(x):\n...     y = x + 10\n...     return y");
    // Enter at the end: the function needs its closing empty line
    pane.key("Enter");
    pane.wait_tail("...     return y\n...");
    pane.key("Enter");
    pane.wait_last(">>>");
    pane.line("g(1)", ">>>");
    let screen = pane.wait_for("\n11\n");
    assert!(
        screen.contains(">>> def g(x):\n...     y = x + 10\n...     return y\n...\n>>> g(1)"),
        "{screen}"
    );
    // the transcript shows the block once, as it ran
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("session.txt");
    pane.line(&format!(":save {}", file.display()), ">>>");
    let saved = std::fs::read_to_string(&file).expect("the transcript");
    let ran = ">>> def g(x):\n...     y = x + 10\n...     return y\n... \n>>> g(1)\n11\n";
    assert!(saved.starts_with(ran), "{saved}");
    // the edited block is one history entry
    pane.ready();
    pane.key("Up");
    pane.key("Up");
    pane.key("Up");
    pane.wait_tail(">>> def g(x):\n...     y = x + 10\n...     return y\n...");
}

#[test]
fn a_block_taller_than_the_screen_is_edited_through_a_window() {
    needs_tmux!();
    let pane = Pane::sized(&[], &[], 60, 10);
    pane.line("def f():", "...");
    for i in 1..=12 {
        pane.line(&format!("x{i} = {i}"), "...");
    }
    pane.line("return x1", "...");
    pane.line("", ">>>");
    pane.ready();
    pane.key("Up");
    pane.wait_tail("...     return x1\n...");
    for _ in 0..14 {
        pane.key("Up");
    }
    // the first line, and as many below it as fit, with their prompts
    pane.key("End");
    pane.keys("  # top");
    let top = ">>> def f():  # top\n...     x1 = 1\n...     x2 = 2\n";
    let screen = pane.wait_for(top);
    assert!(screen.starts_with(top), "{screen}");
    for _ in 0..14 {
        pane.key("Down");
    }
    pane.key("Enter");
    pane.line("f()", ">>>");
    pane.wait_tail(">>> f()\n1\n>>>");
}

#[test]
fn keys_typed_ahead_across_a_block_redraw_all_land_in_the_block() {
    needs_tmux!();
    let pane = add_recalled();
    // keys and text sent at once: each key ends a line's edit and the
    // block is redrawn, and what follows still goes where the cursor is
    pane.burst(&["Up", "Up", "End"], " * 2");
    let edited = ">>> def add(a, b):\n...     total = a + b * 2\n...     return total\n...";
    pane.wait_tail(edited);
    pane.burst(&["Down", "Down"], "");
    pane.key("Enter");
    pane.wait_last(">>>");
    pane.line("add(1, 2)", ">>>");
    let screen = pane.wait_for("\n5\n");
    let ran = from_last_prompt(&screen[..screen.find("\n5\n").expect("5")], ">>> def add");
    assert_eq!(ran, format!("{edited}\n>>> add(1, 2)"), "{screen}");
}
