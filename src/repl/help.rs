//! `:help` and `:help COMMAND`: one table of every command, its usage, a
//! line for the list, a paragraph for its own page and an example session
//! that works when typed (a test types every example).

use super::Session;

/// One command's help.
pub struct Help {
    /// The name typed after `:`, then its short forms.
    pub names: &'static [&'static str],
    pub usage: &'static str,
    /// One line, for `:help`'s list.
    pub line: &'static str,
    /// More, for `:help NAME`.
    pub more: &'static str,
    /// Lines to type, as after `>>> ` and `... `.
    pub example: &'static [&'static str],
}

/// Most examples inspect a counter whose cell the closure keeps.
macro_rules! with_counter {
    ($($line:expr),* $(,)?) => {
        &[
            "def make_counter():",
            "    count = 0",
            "    def inc():",
            "        nonlocal count",
            "        count += 1",
            "        return count",
            "    return inc",
            "",
            "c = make_counter()",
            $($line),*
        ]
    };
}

/// Every command, in `:help`'s order.
pub const TABLE: &[Help] = &[
    Help {
        names: &["help", "h", "?"],
        usage: ":help [COMMAND]",
        line: "this list; :help COMMAND shows one command with an example",
        more: "Without a name, every command on one line each. With a name (with or \
               without its ':'), what the command does and an example to type.",
        example: &[":help closure"],
    },
    Help {
        names: &["closure"],
        usage: ":closure EXPR",
        line: "the function's free variables: name ──▶ cell ──▶ value, and who shares each cell",
        more: "EXPR is any expression giving a function: f, fs[0], counter['inc']. For \
               each free variable: the cell that holds it, its value now, the other \
               functions and frames holding the same cell, and where the function was \
               made. Through a functools.wraps wrapper, a partial or an lru_cache it \
               shows the wrapped function and says so.",
        example: with_counter!["c()", ":closure c"],
    },
    Help {
        names: &["freevars"],
        usage: ":freevars EXPR",
        line: "co_freevars with their cells and values; co_cellvars of its code and nested code",
        more: "The names the function's code reads from cells it was given \
               (co_freevars), and the names its own code keeps in cells for inner \
               functions (co_cellvars), for the code and every code nested in it.",
        example: with_counter![":freevars c", ":freevars make_counter"],
    },
    Help {
        names: &["cells"],
        usage: ":cells [NAME...] [--all]",
        line: "every live cell as one sharing diagram (NAME...: only the cells those names hold)",
        more: "Every cell alive in the session, which functions' __closure__ hold it \
               and which frames use it, drawn as one diagram: shared cells and late \
               binding loops are called out. With names, only the cells those \
               functions hold. A long list shows shared cells first and says how \
               many it left out; --all shows every one.",
        example: with_counter!["d = make_counter()", ":cells", ":cells c"],
    },
    Help {
        names: &["dis"],
        usage: ":dis EXPR",
        line: "the bytecode (CPython 3.11 layout), closure instructions and live cells marked",
        more: "The instructions the VM runs for the function and its nested code, in \
               the layout of CPython 3.11's dis.dis; MAKE_CELL, LOAD_DEREF, \
               STORE_DEREF and friends are annotated with the live cell they touch.",
        example: with_counter![":dis c"],
    },
    Help {
        names: &["scope"],
        usage: ":scope EXPR",
        line: "every name of every block: parameter, local, cell, free, global; what made it so",
        more: "What the compiler decided about each name before any line ran, block \
               by block, and the line that decided it (an assignment makes a name \
               local; nonlocal makes it free).",
        example: with_counter![":scope make_counter"],
    },
    Help {
        names: &["explain"],
        usage: ":explain [EXPR]",
        line: "the last exception in teaching terms (or a function's late binding)",
        more: "After an error: what happened in closure terms and how to fix it \
               (UnboundLocalError and nonlocal, an emptied cell, a scope \
               SyntaxError, a call's signature). With EXPR: whether that function \
               reads a variable that changed after it was made (late binding).",
        example: &[
            "def make():",
            "    n = 0",
            "    def bump():",
            "        n += 1",
            "    return bump",
            "",
            "make()()",
            ":explain",
        ],
    },
    Help {
        names: &["export"],
        usage: ":export FILE.svg|FILE.dot [EXPR]",
        line: "the sharing diagram for slides",
        more: "Writes the :cells diagram (or one function's :closure diagram) as an \
               SVG picture or a Graphviz DOT file.",
        example: with_counter![":export counter.svg c"],
    },
    Help {
        names: &["step"],
        usage: ":step CODE",
        line: "run CODE once, recording each step; walk it: n b l g w c q",
        more: "Runs the code once while recording every line, call, return and cell \
               write, then walks the recording: Enter or n next, b back, l next \
               line, g N go to step N, w NAME next write to that cell, c the end, \
               q leave. ':step' alone takes a block, ended by an empty line. \
               --max N changes the step limit.",
        example: with_counter![":step c()"],
    },
    Help {
        names: &["watch", "unwatch"],
        usage: ":watch EXPR | cell#N",
        line: "print each write to a function's cells (:watch cell#N, :unwatch)",
        more: "From then on every write to those cells prints one line while code \
               runs. :watch alone lists the watches; :unwatch [EXPR|cell#N] ends \
               them.",
        example: with_counter![":watch c", "c()", ":unwatch"],
    },
    Help {
        names: &["reset"],
        usage: ":reset",
        line: "forget every name; cell numbering starts again at cell#1",
        more: "A fresh interpreter: names, imported modules and limits are gone.",
        example: &["x = 1", ":reset", "x"],
    },
    Help {
        names: &["load"],
        usage: ":load FILE",
        line: "run a Python file in this session",
        more: "Runs FILE.py in the session's globals: its functions and names stay, \
               ready to inspect. Blank lines inside functions are no trouble here.",
        example: &[":load counter.py"],
    },
    Help {
        names: &["save"],
        usage: ":save FILE",
        line: "write the session so far as a transcript (prompts, inputs, outputs)",
        more: "Writes what the screen showed since the session started, as \
               `cellar --echo` prints it: every prompt and input, then what it \
               printed. Handy as a handout.",
        example: &["x = 6 * 7", "x", ":save session.txt"],
    },
    Help {
        names: &["clear"],
        usage: ":clear",
        line: "clear the screen",
        more: "Clears the terminal; the session keeps every name.",
        example: &[":clear"],
    },
    Help {
        names: &["serve"],
        usage: ":serve [PORT]",
        line: "show this session live in a browser, for a room (127.0.0.1 only)",
        more: "Starts the projector page: the lesson step, every live cell, recent \
               inputs and the last inspection, updated as you type.",
        example: &[":serve 8123"],
    },
    Help {
        names: &["lessons"],
        usage: ":lessons",
        line: "list the lessons; :lesson N starts lesson N (a number, name or .md file)",
        more: "Every lesson with its number and steps, and your progress.",
        example: &[":lessons"],
    },
    Help {
        names: &["lesson"],
        usage: ":lesson N",
        line: "start lesson N (a number, a name, or a lesson's .md file)",
        more: "Starts lesson N at its first step (or where you left it).",
        example: &[":lesson 1"],
    },
    Help {
        names: &["next", "n", "back", "b"],
        usage: ":next, :back",
        line: "the next / previous step of the lesson",
        more: ":next shows the next step and runs its code; :back returns to the \
               step before. Progress is kept: a lesson you finished stays finished.",
        example: &[":lesson 1", ":next", ":back"],
    },
    Help {
        names: &["hint", "answer"],
        usage: ":hint, :answer",
        line: "a hint; the answer to the step's question (or a solution)",
        more: ":hint gives the step's hint. :answer reveals the answer of a \
               predict question, computed from the step's code as it runs now, or \
               an exercise's solution.",
        example: &[":lesson 1", ":next", ":hint", ":answer"],
    },
    Help {
        names: &["predict", "p"],
        usage: ":predict TEXT",
        line: "predict what the step's code prints; cellar runs it and compares",
        more: "On a predict step, type what you think the code prints. Spacing and \
               brackets around a list do not count; you get another try, and the \
               answer after two wrong ones.",
        example: &[":lesson 1", ":next", ":predict Howdy, Grace! Hello, Grace!"],
    },
    Help {
        names: &["run", "check"],
        usage: ":run, :check",
        line: "run the step's code again; check the exercise",
        more: ":run runs the step's code again in the session. :check runs the \
               exercise's check against your code and says what it expected.",
        example: &[":lesson 1", ":run"],
    },
    Help {
        names: &["demo"],
        usage: ":demo [on|off]",
        line: "demo mode: :next types each step's code and shows its diagram",
        more: "For a projector: each :next clears the screen, shows the lesson and \
               step at the top and types the step's code as if live; any key skips \
               the typing, Ctrl-C stops it.",
        example: &[":demo on", ":demo off"],
    },
    Help {
        names: &["quit", "q", "exit"],
        usage: ":quit",
        line: "leave cellar (so do Ctrl-D and exit())",
        more: "Ends the session.",
        example: &[],
    },
];

/// Every command name, for Tab completion.
pub fn names() -> impl Iterator<Item = &'static str> {
    TABLE.iter().flat_map(|h| h.names.iter().copied())
}

impl Session {
    /// `:help` lists every command; `:help NAME` shows one.
    pub(super) fn cmd_help(&mut self, arg: &str) {
        let name = arg.trim().trim_start_matches(':');
        if name.is_empty() {
            return self.print(&list(self.view.width));
        }
        match TABLE.iter().find(|h| h.names.contains(&name)) {
            Some(help) => {
                let page = page(help, self.view.width);
                self.print(&page)
            }
            None => self.complain(&format!("no command :{name} (:help lists them)")),
        }
    }
}

/// `:help`'s list: usage and one line per command, the line wrapped to
/// `width` under its own column (a long usage gets a row of its own).
fn list(width: usize) -> String {
    const COLUMN: usize = 18;
    let mut text = String::new();
    for help in TABLE {
        let lines = crate::wrap::words(help.line, width.saturating_sub(COLUMN).max(20));
        let mut usage = help.usage.to_string();
        if usage.chars().count() >= COLUMN {
            text.push_str(&format!("{usage}\n"));
            usage.clear();
        }
        for line in lines {
            text.push_str(&format!("{usage:<COLUMN$}{line}\n"));
            usage.clear();
        }
    }
    text.push_str(
        "EXPR is any expression naming a function: f, fs[0], counter['inc'].\n\
         Python as in CPython 3.11; a blank line ends a block; Tab completes;\n\
         F3 starts and ends paste mode.\n",
    );
    text
}

/// One command's page: usage, what it does (wrapped to `width`), and its
/// example as a session.
fn page(help: &Help, width: usize) -> String {
    let mut text = format!("{}\n", help.usage);
    for line in crate::wrap::words(help.more, width.saturating_sub(2).max(20)) {
        text.push_str(&format!("  {line}\n"));
    }
    if help.example.is_empty() {
        return text;
    }
    text.push_str("example:\n");
    let mut open = false;
    for line in help.example {
        let prompt = if open { super::PS2 } else { super::PS1 };
        text.push_str(&format!("  {prompt}{line}"));
        text.truncate(text.trim_end_matches(' ').len());
        text.push('\n');
        open = line.ends_with(':') || (open && !line.is_empty());
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_has_a_page() {
        for name in super::super::commands::COMMANDS {
            assert!(TABLE.iter().any(|h| h.names.contains(name)), "{name}");
        }
        let help = TABLE
            .iter()
            .find(|h| h.names[0] == "closure")
            .expect("closure");
        let text = page(help, 80);
        assert!(
            text.starts_with(":closure EXPR\n  EXPR is any expression"),
            "{text}"
        );
        assert!(text.contains("example:\n  >>> def make_counter():\n  ...     count = 0\n"));
        assert!(text.contains("  ...\n  >>> c = make_counter()\n"), "{text}");
        assert!(text.lines().all(|l| l.chars().count() <= 80), "{text}");
    }
}
