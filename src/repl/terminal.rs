//! The terminal side of the REPL: `>>> ` and `... ` prompts over
//! rustyline, or the same loop over piped stdin without prompts. Whether
//! an input is complete is answered by the parser's line pre-pass.

use super::Session;
use crate::lines::{Completeness, completeness};
use rustyline::error::ReadlineError;
use std::io::{BufRead, IsTerminal};

/// Runs the REPL until Ctrl-D or end of input; returns the exit status.
pub fn run(session: &mut Session, echo: bool) -> i32 {
    if std::io::stdin().is_terminal() {
        interactive(session)
    } else {
        piped(session, echo)
    }
}

/// Reads lines from stdin as if typed; with `echo`, prints the prompts and
/// the lines as a terminal would show them.
fn piped(session: &mut Session, echo: bool) -> i32 {
    let stdin = std::io::stdin();
    let mut buffer = String::new();
    for line in stdin.lock().lines() {
        let Ok(line) = line else { break };
        if echo {
            let prompt = if buffer.is_empty() { ">>> " } else { "... " };
            session.vm.write_out(&format!("{prompt}{line}\n"));
            session.vm.flush_out();
        }
        feed(session, &mut buffer, &line);
    }
    if !buffer.is_empty() {
        session.eval(&buffer);
    }
    0
}

/// Adds a line to the pending input and runs it once it is complete.
fn feed(session: &mut Session, buffer: &mut String, line: &str) {
    let closing_blank = !buffer.is_empty() && line.trim().is_empty();
    buffer.push_str(line);
    buffer.push('\n');
    if closing_blank || completeness(buffer) != Completeness::Incomplete {
        let input = std::mem::take(buffer);
        session.eval(&input);
    }
}

fn interactive(session: &mut Session) -> i32 {
    let Ok(mut editor) = rustyline::DefaultEditor::new() else {
        return piped(session, false);
    };
    let interrupt = session.vm.interrupt.clone();
    let _ = ctrlc::set_handler(move || interrupt.store(true, std::sync::atomic::Ordering::Relaxed));
    println!(
        "cellar {} — Python 3.11 closures, made visible. Ctrl-D exits.",
        env!("CARGO_PKG_VERSION")
    );
    let mut buffer = String::new();
    loop {
        let prompt = if buffer.is_empty() { ">>> " } else { "... " };
        match editor.readline(prompt) {
            Ok(line) => {
                let _ = editor.add_history_entry(line.as_str());
                session
                    .vm
                    .interrupt
                    .store(false, std::sync::atomic::Ordering::Relaxed);
                for part in line.split('\n') {
                    feed(session, &mut buffer, part);
                }
            }
            Err(ReadlineError::Interrupted) => {
                buffer.clear();
                eprintln!("\nKeyboardInterrupt");
            }
            Err(_) => break,
        }
    }
    0
}
