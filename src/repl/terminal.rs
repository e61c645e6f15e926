//! The terminal side of the REPL: one rustyline `readline` per line with
//! `>>> ` / `... ` prompts, auto-indent, highlighting, Tab completion and
//! history (a recalled block is edited line by line, `terminal/recall.rs`);
//! or the same loop over piped stdin without prompts. Every line goes to
//! `Session::feed_line`, which decides what runs.

mod echo;
mod recall;

use super::block::{Block, Key};
use super::{Session, Step, complete, highlight, history, keys};
use crate::lines::{Completeness, completeness};
use crate::vm::Globals;
use rustyline::completion::{Completer, FilenameCompleter};
use rustyline::error::ReadlineError;
use rustyline::highlight::{CmdKind, Highlighter};
use rustyline::hint::Hinter;
use rustyline::history::DefaultHistory;
use rustyline::validate::Validator;
use rustyline::{
    ColorMode, CompletionType, Config, Editor, EventHandler, KeyCode, KeyEvent, Modifiers,
};
use std::borrow::Cow;
use std::io::{BufRead, IsTerminal, Write};
use std::rc::Rc;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// How the REPL talks to the user.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// With piped stdin: print each prompt and input line.
    pub echo: bool,
    /// ANSI colors (stdout is a terminal, no `--no-color`, no NO_COLOR).
    pub color: bool,
}

/// Runs the REPL until Ctrl-D, `:quit` or end of input; returns the exit
/// status.
pub fn run(session: &mut Session, options: Options) -> i32 {
    install_interrupt_handler(session);
    if std::io::stdin().is_terminal() {
        interactive(session, options)
    } else {
        piped(session, options.echo)
    }
}

/// Ctrl-C outside `readline` (while code runs) sets the VM's flag; the VM
/// raises KeyboardInterrupt at its next poll. At the prompt the terminal is
/// in raw mode and rustyline reports Ctrl-C itself.
fn install_interrupt_handler(session: &Session) {
    let interrupt = session.interp.vm_ref().interrupt.clone();
    let _ = ctrlc::set_handler(move || interrupt.store(true, Ordering::Relaxed));
}

/// Reads lines from stdin as if typed; with `echo`, prints the prompts and
/// the lines as a terminal would show them.
fn piped(session: &mut Session, echo: bool) -> i32 {
    if let Some(start) = session.tutor.start.take() {
        session.feed_line(&start);
    }
    let stdin = std::io::stdin();
    for line in stdin.lock().lines() {
        let Ok(line) = line else { break };
        let line = line.strip_suffix('\r').unwrap_or(&line);
        let prompt = session.prompt();
        if echo {
            session.vm().write_out(&format!("{prompt}{line}\n"));
            session.vm().flush_out();
        } else {
            session.log_input(&prompt, line);
        }
        session.vm().interrupt.store(false, Ordering::Relaxed);
        if session.feed_line(line) == Step::Quit {
            return session.exit_status.unwrap_or(0);
        }
    }
    session.finish();
    session.exit_status.unwrap_or(0)
}

fn interactive(session: &mut Session, options: Options) -> i32 {
    session.terminal = true;
    let config = Config::builder()
        .indent_size(4)
        .max_history_size(1000)
        .and_then(|c| c.history_ignore_dups(true))
        .map(|c| {
            c.completion_type(CompletionType::List)
                .color_mode(if options.color {
                    ColorMode::Enabled
                } else {
                    ColorMode::Disabled
                })
                .build()
        });
    let Ok(mut editor) = config.and_then(Editor::<Helper, DefaultHistory>::with_config) else {
        return piped(session, false);
    };
    let edit = keys::Shared::default();
    bind_edit_keys(&mut editor, &edit);
    let paste_key = Arc::new(AtomicBool::new(false));
    editor.bind_sequence(
        KeyEvent(KeyCode::F(3), Modifiers::NONE),
        EventHandler::Conditional(Box::new(keys::PasteKey(paste_key.clone()))),
    );
    editor.set_helper(Some(Helper {
        globals: session.vm().globals.clone(),
        color: options.color,
        files: FilenameCompleter::new(),
        below: None,
        in_block: false,
    }));
    let mut history = history::path();
    if let Some(path) = &history {
        if crate::script::usable_file(path) {
            let _ = editor.load_history(path);
        } else {
            let _ = writeln!(
                std::io::stderr(),
                "cellar: history file {} is not a regular file; history is off",
                path.display()
            );
            history = None;
        }
    }
    let _ = writeln!(
        std::io::stdout(),
        "cellar {} — Python 3.11 closures, made visible. :help lists commands, Ctrl-D exits.",
        env!("CARGO_PKG_VERSION")
    );
    if let Some(start) = session.tutor.start.take() {
        session.feed_line(&start); // `--lesson N`, after the banner
    }
    let mut repl = Loop {
        session,
        editor,
        history,
        typed: String::new(),
        indent: String::new(),
        color: options.color,
        paste_key,
        paste: None,
        edit,
        block: None,
        recall: None,
        saved: String::new(),
        initial: None,
        shown: 0..0,
        quiet: None,
    };
    repl.offer_starter_code(); // `--lesson N` may open at an exercise
    repl.run()
}

/// The state of the interactive loop between two lines.
struct Loop<'s> {
    session: &'s mut Session,
    editor: Editor<Helper, DefaultHistory>,
    history: Option<std::path::PathBuf>,
    /// The current input as typed, for its history entry.
    typed: String,
    /// What the next line starts with (auto-indent).
    indent: String,
    color: bool,
    /// Set by F3 when it ends a `readline`.
    paste_key: Arc<AtomicBool>,
    /// In paste mode (F3), the lines pasted or typed so far.
    paste: Option<String>,
    /// What the key handlers know of the edit, and the key that ended it.
    edit: keys::Shared,
    /// A block recalled from history, being edited.
    block: Option<Block>,
    /// The history index of the entry shown, while Up/Down walk history.
    recall: Option<usize>,
    /// The line being typed when Up started walking history.
    saved: String,
    /// What the next `readline` starts with instead of the auto-indent
    /// (left and right of the cursor).
    initial: Option<(String, String)>,
    /// The lines of `block` on the screen (all but those of a block taller
    /// than the screen).
    shown: std::ops::Range<usize>,
    /// Echo off while `block` is edited (see `echo.rs`).
    quiet: Option<echo::EchoOff>,
}

impl Loop<'_> {
    fn run(&mut self) -> i32 {
        loop {
            if self.block.is_none() {
                self.quiet = None; // echo back on
            }
            let prompt = self.prompt();
            let (left, right) = self.start_text();
            self.arm_keys();
            let read = self.editor.readline_with_initial(&prompt, (&left, &right));
            self.session.vm().interrupt.store(false, Ordering::Relaxed);
            if let Some((columns, _)) = self.editor.dimensions() {
                self.session.view.width = (columns as usize).max(40); // diagrams fit the window
            }
            match read {
                Ok(text) => {
                    if self.accepted(&prompt, &text) == Step::Quit {
                        return self.session.exit_status.unwrap_or(0);
                    }
                }
                Err(ReadlineError::Interrupted) => self.interrupted(),
                Err(ReadlineError::Eof) if self.paste.is_some() => {
                    if self.end_paste("") == Step::Quit {
                        return self.session.exit_status.unwrap_or(0);
                    }
                }
                Err(ReadlineError::Eof) if self.session.stepper.walk.is_some() => {
                    let _ = writeln!(std::io::stdout());
                    self.session.feed_line("q"); // Ctrl-D leaves the stepper, not cellar
                }
                Err(ReadlineError::Eof) if !self.session.pending().is_empty() => {
                    let _ = writeln!(std::io::stdout());
                    self.session.finish();
                    self.record();
                    if let Some(status) = self.session.exit_status {
                        return status;
                    }
                }
                Err(ReadlineError::Eof) => {
                    let _ = writeln!(std::io::stdout());
                    return 0;
                }
                Err(_) => return 0,
            }
        }
    }

    /// The next prompt: `(paste) ` in paste mode; `... ` below a recalled
    /// block's first line; in a lesson `[1 2/6] >>> `, the lesson and step.
    fn prompt(&self) -> String {
        if self.block.as_ref().is_some_and(|b| b.row > 0) {
            return super::PS2.to_string();
        }
        self.first_prompt()
    }

    /// The prompt of an input's first line.
    fn first_prompt(&self) -> String {
        if self.paste.is_some() {
            return keys::PASTE_PROMPT.to_string();
        }
        match self.session.prompt() {
            p if p == super::PS1 => format!("{}{}", self.session.tutor.badge(), super::PS1),
            other => other,
        }
    }

    /// What Enter (or F3) accepted: a line or block to run, or a line of
    /// paste mode.
    fn accepted(&mut self, prompt: &str, text: &str) -> Step {
        if self.paste_key.swap(false, Ordering::Relaxed) {
            return match (&self.paste, &self.block) {
                (Some(_), _) => self.end_paste(text),
                (None, Some(_)) => self.paste_block(prompt, text),
                (None, None) => self.start_paste(text),
            };
        }
        if let Some((key, pos)) = self.take_pressed() {
            return self.pressed(key, prompt, text, pos);
        }
        if self.block.is_some() {
            return self.pressed(Key::Enter, prompt, text, text.len());
        }
        if let Some(paste) = &mut self.paste {
            paste.push_str(text);
            paste.push('\n');
            return Step::More;
        }
        let runs = without_prefill(text, &self.indent, self.session.pending());
        self.redraw(prompt, text, runs);
        let runs = runs.to_string();
        self.lines(&runs)
    }

    /// Draws the line again when what runs is not what the editor shows:
    /// the auto-indent dropped, or a block without `... ` prompts.
    fn redraw(&mut self, prompt: &str, shown: &str, runs: &str) {
        if shown == runs && !runs.contains('\n') {
            return;
        }
        let Some((columns, rows)) = self.editor.dimensions() else {
            return;
        };
        let Some(erase) = keys::erase(&format!("{prompt}{shown}"), columns.into(), rows.into())
        else {
            return;
        };
        let runs = runs.trim_end_matches('\n');
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(erase.as_bytes());
        for (i, line) in runs.split('\n').enumerate() {
            let line = if self.color {
                highlight::highlight(line)
            } else {
                line.to_string()
            };
            let prompt = if i == 0 { prompt } else { super::PS2 };
            let _ = writeln!(out, "{prompt}{line}");
        }
        let _ = out.flush();
    }

    /// F3 outside paste mode: paste mode starts, holding what was typed.
    fn start_paste(&mut self, text: &str) -> Step {
        let mut paste = std::mem::take(&mut self.typed);
        self.session.discard_pending();
        if !text.trim().is_empty() {
            paste.push_str(text);
            paste.push('\n');
        }
        let _ = writeln!(std::io::stdout(), "{}", keys::PASTE_BANNER);
        self.paste = Some(paste);
        Step::More
    }

    /// F3 (or Ctrl-D) in paste mode: everything pasted runs as one block.
    fn end_paste(&mut self, text: &str) -> Step {
        let mut paste = self.paste.take().unwrap_or_default();
        paste.push_str(text);
        self.indent.clear();
        let _ = writeln!(std::io::stdout());
        self.lines(&paste)
    }

    /// Feeds what one `readline` returned: one line, or a block when it
    /// was pasted (bracketed paste, F3) or recalled from history.
    fn lines(&mut self, text: &str) -> Step {
        // Enter on a line holding only (auto-)indentation is Enter on an
        // empty line: it ends the block. Pasted lines stay as they are.
        let text = if text.trim().is_empty() { "" } else { text };
        self.log_lines(text.trim_end_matches('\n'));
        self.feed(text)
    }

    /// Logs the lines as the screen shows them, for `:save`.
    fn log_lines(&self, shown: &str) {
        for (i, line) in shown.split('\n').enumerate() {
            let prompt = if i == 0 {
                self.session.prompt()
            } else {
                super::PS2.to_string()
            };
            self.session.log_input(&prompt, line);
        }
    }

    /// Runs (or holds, while a block is open) text already logged.
    fn feed(&mut self, text: &str) -> Step {
        self.typed.push_str(text);
        self.typed.push('\n');
        let step = if text.contains('\n') {
            self.session.feed_block(text)
        } else {
            self.session.feed_line(text)
        };
        match step {
            Step::Quit => return Step::Quit,
            Step::Done => self.record(),
            Step::More => {}
        }
        let last = text
            .trim_end_matches('\n')
            .rsplit('\n')
            .next()
            .unwrap_or("");
        self.indent = next_indent(self.session.pending(), last);
        self.offer_starter_code();
        Step::Done
    }

    /// An exercise's starter code goes into the history, so Up recalls it
    /// as a block to edit.
    fn offer_starter_code(&mut self) {
        for code in std::mem::take(&mut self.session.tutor.starter_code) {
            let _ = self.editor.add_history_entry(code.trim_end());
        }
    }

    /// Ctrl-C at the prompt: the unfinished input (or paste) is dropped.
    fn interrupted(&mut self) {
        self.paste = None;
        self.block = None;
        self.quiet = None;
        self.recall = None;
        self.session.discard_pending();
        self.typed.clear();
        self.indent.clear();
        let _ = std::io::stdout().flush();
        let _ = writeln!(std::io::stderr(), "KeyboardInterrupt");
    }

    /// Adds the input just run to the history, as one entry.
    fn record(&mut self) {
        let typed = std::mem::take(&mut self.typed);
        self.indent.clear();
        let Some(entry) = history::entry(&typed) else {
            return;
        };
        if matches!(self.editor.add_history_entry(entry), Ok(true))
            && let Some(path) = &self.history
        {
            save(&mut self.editor, path);
        }
    }
}

/// Whitespace typed or pasted onto the auto-indent is the user's own
/// indentation, as CPython's REPL (which has none) would take it: the
/// pre-filled indent is dropped, so a student typing every space, or a
/// pasted block, is not indented twice. Only when the two together make
/// valid input and the user's alone does not (Tab to go deeper than the
/// auto-indent) does the line stay as shown.
fn without_prefill<'t>(text: &'t str, indent: &str, pending: &str) -> &'t str {
    let Some(own) = text.strip_prefix(indent) else {
        return text;
    };
    if indent.is_empty() || !own.starts_with([' ', '\t']) {
        return text;
    }
    let invalid =
        |typed: &str| completeness(&format!("{pending}{typed}\n")) == Completeness::Invalid;
    if invalid(own) && !invalid(text) {
        text
    } else {
        own
    }
}

/// Appends the new entries to the history file, making its directory;
/// failures are ignored.
fn save(editor: &mut Editor<Helper, DefaultHistory>, path: &std::path::Path) {
    if let Some(dir) = path.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    let _ = editor.append_history(path);
}

/// The indentation the next line starts with: none at `>>> `; inside a
/// block the last line's, one step more after a line ending in `:`, one
/// step less after `return`, `pass`, `break`, `continue` or `raise`.
pub fn next_indent(pending: &str, last: &str) -> String {
    if pending.is_empty() {
        return String::new();
    }
    let line = pending
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or(last);
    let width = line.len() - line.trim_start().len();
    let mut indent = line[..width].to_string();
    let code = highlight::without_comment(line).trim_end();
    if code.ends_with(':') {
        indent.push_str(complete::INDENT);
    } else if ends_a_block(code.trim_start()) {
        indent.truncate(width.saturating_sub(complete::INDENT.len()));
    }
    indent
}

/// Does the statement leave its block (nothing after it would run)?
fn ends_a_block(code: &str) -> bool {
    let word = code
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .next()
        .unwrap_or("");
    matches!(word, "return" | "pass" | "break" | "continue" | "raise")
}

/// Binds the keys that edit a recalled block (and keep their meaning
/// elsewhere): arrows and their Ctrl letters, Enter, Backspace, Delete,
/// Ctrl-D, Ctrl-C, Ctrl-L.
fn bind_edit_keys(editor: &mut Editor<Helper, DefaultHistory>, edit: &keys::Shared) {
    use keys::Binding as B;
    let plain = |code| KeyEvent(code, Modifiers::NONE);
    let bindings = [
        (plain(KeyCode::Up), B::Up),
        (KeyEvent::ctrl('P'), B::Up),
        (plain(KeyCode::Down), B::Down),
        (KeyEvent::ctrl('N'), B::Down),
        (plain(KeyCode::Left), B::Left),
        (KeyEvent::ctrl('B'), B::Left),
        (plain(KeyCode::Right), B::Right),
        (KeyEvent::ctrl('F'), B::Right),
        (plain(KeyCode::Enter), B::Enter),
        (plain(KeyCode::Backspace), B::Backspace),
        (plain(KeyCode::Delete), B::Delete),
        (KeyEvent::ctrl('D'), B::CtrlD),
        (KeyEvent::ctrl('C'), B::CtrlC),
        (KeyEvent::ctrl('L'), B::CtrlL),
    ];
    for (key, binding) in bindings {
        let handler = keys::EditKey(binding, edit.clone());
        editor.bind_sequence(key, EventHandler::Conditional(Box::new(handler)));
    }
}

/// rustyline's view of the session: completion, highlighting, and the
/// lines of a recalled block below the edited one.
struct Helper {
    globals: Rc<Globals>,
    color: bool,
    /// File names after `:load `.
    files: FilenameCompleter,
    /// A recalled block's lines below the edited one, each after a newline
    /// and a `... ` prompt: shown as the editor's hint, after the line, so
    /// that the editor's cursor arithmetic (which counts only the edited
    /// line) stays right.
    below: Option<String>,
    /// A recalled block is being edited.
    in_block: bool,
}

impl Completer for Helper {
    type Candidate = String;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _: &rustyline::Context<'_>,
    ) -> rustyline::Result<(usize, Vec<String>)> {
        if line[..pos].trim_start().starts_with(":load ") {
            let (start, pairs) = self.files.complete_path(line, pos)?;
            return Ok((start, pairs.into_iter().map(|p| p.replacement).collect()));
        }
        let (start, found) = complete::candidates(&self.globals, line, pos);
        if self.in_block {
            // a list printed under a block's line would leave rows the
            // block's redraw does not know of: the common part only
            return Ok((start, complete::common_prefix(&found).into_iter().collect()));
        }
        Ok((start, found))
    }
}

impl Highlighter for Helper {
    fn highlight<'l>(&self, line: &'l str, _: usize) -> Cow<'l, str> {
        if self.color {
            Cow::Owned(highlight::highlight(line))
        } else {
            Cow::Borrowed(line)
        }
    }

    fn highlight_char(&self, _: &str, _: usize, _: CmdKind) -> bool {
        self.color
    }

    fn highlight_hint<'h>(&self, hint: &'h str) -> Cow<'h, str> {
        Cow::Owned(recall::highlight_lines(hint))
    }
}

impl Hinter for Helper {
    type Hint = recall::Below;

    fn hint(&self, _: &str, _: usize, _: &rustyline::Context<'_>) -> Option<recall::Below> {
        self.below.clone().map(recall::Below)
    }
}

impl Validator for Helper {}

impl rustyline::Helper for Helper {}

#[cfg(test)]
mod tests {
    use super::{next_indent, without_prefill};

    #[test]
    fn typed_or_pasted_indentation_replaces_the_auto_indent() {
        let body = "def f():\n";
        assert_eq!(
            without_prefill("        x = 1\n    y = 2", "    ", body),
            "    x = 1\n    y = 2"
        );
        assert_eq!(without_prefill("        x = 1", "    ", body), "    x = 1");
        let second = "def f():\n    x = 1\n";
        assert_eq!(
            without_prefill("        return x", "    ", second),
            "    return x"
        );
        // accepted as shown: no typed indentation, or a dedent of its own
        assert_eq!(without_prefill("    x = 1", "    ", body), "    x = 1");
        assert_eq!(without_prefill("  x = 1", "    ", body), "  x = 1");
    }

    #[test]
    fn tab_deeper_than_the_auto_indent_stays() {
        // the user's 4 spaces alone would leave the `if` without a body
        let open_if = "def f():\n    if x:\n";
        assert_eq!(
            without_prefill("            y = 1", "        ", open_if),
            "            y = 1"
        );
    }

    #[test]
    fn indents_after_a_colon_and_keeps_block_indent() {
        assert_eq!(next_indent("", "x = 1"), "");
        assert_eq!(next_indent("def f():\n", "def f():"), "    ");
        assert_eq!(next_indent("def f():\n    x = 1\n", "    x = 1"), "    ");
        assert_eq!(
            next_indent("def f():\n    if x:  # c\n", "    if x:  # c"),
            "        "
        );
    }
}
