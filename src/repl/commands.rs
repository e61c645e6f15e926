//! The REPL's `:` commands: `:help`, `:reset`, `:load FILE`, `:quit` here;
//! the inspection commands (`:closure`, `:cells`, ...) are routed to
//! `crate::inspect`. One function per command.

use super::{Session, Step};
pub use crate::script::os_error;

/// Every command name, for Tab completion; `:help` describes each.
pub const COMMANDS: &[&str] = &[
    "help", "closure", "freevars", "cells", "dis", "scope", "explain", "export", "reset", "load",
    "quit", "lessons", "lesson", "next", "back", "hint", "answer", "run", "predict", "check",
    "demo", "step", "watch", "unwatch", "serve",
];

/// The session commands, in `:help`'s layout; the inspection commands'
/// lines come from `crate::inspect::HELP`.
const SESSION_HELP: &[(&str, &str)] = &[
    (
        ":step CODE",
        "run CODE once, recording each step; walk it: n b l g w c q",
    ),
    (
        ":watch EXPR",
        "print each write to a function's cells (:watch cell#N, :unwatch)",
    ),
    (
        ":reset",
        "forget every name; cell numbering starts again at cell#1",
    ),
    (":load FILE", "run a Python file in this session"),
    (
        ":serve [PORT]",
        "show this session live in a browser, for a room (127.0.0.1 only)",
    ),
    (
        ":lessons",
        "list the lessons; :lesson N starts lesson N (a number, name or .md file)",
    ),
    (":next, :back", "the next / previous step of the lesson"),
    (
        ":hint, :answer",
        "a hint; the answer to the step's question (or a solution)",
    ),
    (
        ":predict TEXT",
        "predict what the step's code prints; cellar runs it and compares",
    ),
    (
        ":run, :check",
        "run the step's code again; check the exercise",
    ),
    (
        ":demo [on|off]",
        "demo mode: :next types each step's code and shows its diagram",
    ),
    (":quit", "leave cellar (so do Ctrl-D and exit())"),
];

impl Session {
    /// Runs a `:name arg` line.
    pub fn command(&mut self, line: &str) -> Step {
        let body = line.trim().trim_start_matches(':');
        let (name, arg) = match body.split_once(char::is_whitespace) {
            Some((n, a)) => (n, a.trim()),
            None => (body, ""),
        };
        match name {
            "help" | "h" | "?" => self.cmd_help(),
            "reset" => self.cmd_reset(),
            "load" => self.cmd_load(arg),
            "step" => self.cmd_step(arg),
            "watch" => self.cmd_watch(false, arg),
            "unwatch" => self.cmd_watch(true, arg),
            "serve" => self.cmd_serve(arg),
            "quit" | "q" | "exit" => return Step::Quit,
            _ if self.lesson_command(name, arg) => {}
            _ => self.cmd_inspect(name, arg),
        }
        Step::Done
    }

    fn cmd_help(&mut self) {
        let mut text = format!("{:<18}{}\n", ":help", "this list");
        text.push_str(crate::inspect::HELP);
        for (usage, help) in SESSION_HELP {
            text.push_str(&format!("{usage:<18}{help}\n"));
        }
        text.push_str(
            "EXPR is any expression naming a function: f, fs[0], counter['inc'].\n\
             Python as in CPython 3.11; a blank line ends a block; Tab completes.\n",
        );
        self.print(&text);
    }

    fn cmd_reset(&mut self) {
        self.discard_pending();
        self.interp.reset();
        self.inputs.clear();
        self.stepper.watches.clear();
        self.print("session reset: every name is gone, the next cell is cell#1");
    }

    fn cmd_load(&mut self, file: &str) {
        if file.is_empty() {
            return self.complain("usage: :load FILE");
        }
        if self.no_files {
            return self.complain(":load is off (--no-files)");
        }
        let file = &user_path(file);
        // (only Python files: an error must not quote another file's lines)
        if !file.ends_with(".py") {
            return self.complain(&format!(
                "can't load '{file}': :load runs Python files (FILE.py)"
            ));
        }
        match crate::script::read_regular(std::path::Path::new(file)) {
            Ok(source) => self.run_script(&source, file),
            Err(msg) => self.complain(&format!("can't open file '{file}': {msg}")),
        }
    }

    fn cmd_inspect(&mut self, name: &str, arg: &str) {
        if name == "export" && self.no_files {
            return self.complain(":export is off (--no-files)");
        }
        match crate::inspect::command(&mut self.interp, &self.view, name, arg) {
            Some(Ok(text)) => {
                self.note_inspection(name, arg, &text);
                self.print(&text)
            }
            Some(Err(msg)) => self.complain(&msg),
            None if name.is_empty() => self.complain("a command name must follow ':' (try :help)"),
            None => self.complain(&format!("unknown command :{name} (try :help)")),
        }
    }
}

/// A path as typed: surrounding quotes removed, `~/` for the home directory.
fn user_path(typed: &str) -> String {
    let unquoted = ['"', '\'']
        .iter()
        .find_map(|q| typed.strip_prefix(*q).and_then(|t| t.strip_suffix(*q)))
        .unwrap_or(typed);
    match (unquoted.strip_prefix("~/"), std::env::var("HOME")) {
        (Some(rest), Ok(home)) => format!("{home}/{rest}"),
        _ => unquoted.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::user_path;

    #[test]
    fn load_paths_lose_quotes_and_expand_home() {
        assert_eq!(user_path("'my file.py'"), "my file.py");
        assert_eq!(user_path("\"a.py\""), "a.py");
        assert_eq!(user_path("a.py"), "a.py");
        if let Ok(home) = std::env::var("HOME") {
            assert_eq!(user_path("~/x.py"), format!("{home}/x.py"));
        }
    }
}
