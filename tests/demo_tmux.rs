//! Demo mode on a projector, read back from a tmux pane: each step on a
//! cleared screen with the lesson and step on top, the typing animation
//! skipped by any key (which is not inserted anywhere), Ctrl-C ending it
//! without a KeyboardInterrupt in the step's code, and `--large`'s banner.
//! Without tmux these tests say so and pass.

mod common {
    pub mod tmux;
}
use common::tmux::Pane;

/// cellar in demo mode, typing slowly (a step takes a minute unless
/// skipped), in lesson 5 at its first step.
fn slow_demo(extra: &[&str]) -> Pane {
    let mut args = vec!["--demo"];
    args.extend_from_slice(extra);
    let pane = Pane::sized(&args, &["CELLAR_DEMO_DELAY_MS=300"], 80, 40);
    pane.ready();
    pane.keys(":lesson 5\r");
    pane.wait_for("1/6 ·");
    pane.key("Enter"); // skips the typing
    pane.wait_last("[5 1/6] >>>");
    pane
}

#[test]
fn each_step_starts_on_a_cleared_screen_with_its_place_on_top() {
    needs_tmux!();
    let pane = slow_demo(&[]);
    pane.ready();
    pane.keys(":next\r");
    pane.wait_for("step 2/6");
    pane.key("Enter");
    let screen = pane.wait_last("[5 2/6] >>>");
    let top = screen.lines().next().unwrap_or("");
    assert!(top.starts_with("── lesson 5 · step 2/6"), "{screen}");
    assert!(!screen.contains("step 1/6"), "{screen}");
}

#[test]
fn any_key_skips_the_typing_and_is_not_inserted() {
    needs_tmux!();
    let pane = slow_demo(&[]);
    let screen = pane.screen();
    // the whole step's code and its output are there, long before 300 ms a
    // character would have typed them
    assert!(screen.contains("print(current())"), "{screen}");
    assert!(screen.contains("150"), "{screen}");
    pane.ready();
    pane.keys(":next\r");
    pane.wait_for("step 2/6");
    pane.keys("xyz");
    pane.wait_last("[5 2/6] >>>");
    assert!(!pane.screen().contains("xyz"), "{}", pane.screen());
    pane.line("1 + 1", "[5 2/6] >>>");
    let screen = pane.wait_for("\n2\n");
    assert!(!screen.contains("NameError"), "{screen}");
}

#[test]
fn ctrl_c_ends_the_typing_cleanly() {
    needs_tmux!();
    let pane = slow_demo(&[]);
    pane.ready();
    pane.keys(":next\r");
    pane.wait_for("step 2/6");
    pane.key("C-c");
    let screen = pane.wait_last("[5 2/6] >>>");
    assert!(!screen.contains("KeyboardInterrupt"), "{screen}");
    assert!(!screen.contains("Traceback"), "{screen}");
}

#[test]
fn large_shows_a_banner() {
    needs_tmux!();
    let pane = slow_demo(&["--large"]);
    pane.ready();
    pane.keys(":next\r");
    pane.wait_for("STEP 2/6");
    pane.key("Enter");
    let screen = pane.wait_last("[5 2/6] >>>");
    let rule = "━".repeat(80);
    assert!(
        screen.starts_with(&format!(
            "{rule}\n  LESSON 5 · Sibling functions share cells\n  STEP 2/6"
        )),
        "{screen}"
    );
}
