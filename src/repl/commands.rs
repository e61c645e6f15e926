//! The REPL's `:` commands: `:reset`, `:load FILE`, `:quit` here (`:help`
//! in `help.rs`, `:save` and `:clear` in `transcript.rs`);
//! the inspection commands (`:closure`, `:cells`, ...) are routed to
//! `crate::inspect`. One function per command.

use super::{Session, Step};
pub use crate::script::os_error;

/// Every command name, for Tab completion; `:help` describes each.
pub const COMMANDS: &[&str] = &[
    "help", "closure", "freevars", "cells", "dis", "scope", "explain", "export", "reset", "load",
    "quit", "lessons", "lesson", "next", "back", "hint", "answer", "run", "predict", "check",
    "demo", "step", "watch", "unwatch", "serve", "save", "clear",
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
            "help" | "h" | "?" => self.cmd_help(arg),
            "save" => self.cmd_save(arg),
            "clear" => self.cmd_clear(),
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
pub(super) fn user_path(typed: &str) -> String {
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
