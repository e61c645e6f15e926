//! Running a script (`cellar FILE.py`, `cellar -c CODE`) as python3 does:
//! stdout from the program, a traceback on stderr and exit status 1 on an
//! uncaught exception, SyntaxErrors reported before anything runs.

use crate::interpreter::Interpreter;
use crate::traceback::{SourceLookup, format_exception};
use std::io::Write;

/// The sources a script run knows: the script itself.
pub struct ScriptSource {
    pub filename: String,
    pub text: String,
}

impl SourceLookup for ScriptSource {
    fn line(&self, filename: &str, line: u32) -> Option<String> {
        if filename != self.filename || filename.starts_with('<') {
            return None;
        }
        self.text
            .lines()
            .nth(line.checked_sub(1)? as usize)
            .map(str::to_string)
    }
}

/// Runs `source` as the main module with `sys.argv` = `argv`; returns the
/// process exit status.
pub fn run(source: &str, filename: &str, argv: &[String]) -> i32 {
    let mut interp = Interpreter::new(Box::new(std::io::BufWriter::new(std::io::stdout())));
    let interrupt = interp.vm().interrupt.clone();
    let _ = ctrlc::set_handler(move || interrupt.store(true, std::sync::atomic::Ordering::Relaxed));
    if !filename.starts_with('<') {
        interp
            .vm()
            .globals
            .set_by_name("__file__", crate::value::Value::str(filename));
    }
    interp.set_argv(argv);
    let status = match interp.run_source_raising(source, filename) {
        Ok(()) => 0,
        Err(Failure::Raised(exc)) if exc.is(crate::exception::ExcKind::SystemExit) => {
            system_exit_status(interp.vm(), &exc)
        }
        Err(failure) => {
            let report = interp.report(failure, source, filename);
            let _ = std::io::stderr().write_all(report.as_bytes());
            1
        }
    };
    let status = match interp.vm().join_threads() {
        Err(exc) => {
            let report = interp.report(Failure::Raised(exc), source, filename);
            let _ = std::io::stderr().write_all(report.as_bytes());
            status.max(1)
        }
        Ok(()) => status,
    };
    interp.vm().run_exit_finalizers();
    interp.vm().finalize_main();
    interp.vm().flush_out();
    // The process ends next: like CPython at exit, leave the heap to the
    // operating system instead of freeing it object by object.
    std::mem::forget(interp);
    status
}

/// How a run of a whole source failed.
pub enum Failure {
    Syntax(crate::syntax_error::SyntaxError),
    Raised(crate::exception::Exc),
}

/// SyntaxWarnings as the warnings module prints them: the place and the
/// message, then the source line stripped (none for `<string>`).
fn format_warnings(warnings: &[(u32, String)], source: &str, filename: &str) -> String {
    let mut out = String::new();
    for (line, msg) in warnings {
        out.push_str(&format!("{filename}:{line}: SyntaxWarning: {msg}\n"));
        let text = source.lines().nth((*line as usize).saturating_sub(1));
        if let Some(text) = text.filter(|_| !filename.starts_with('<')) {
            out.push_str(&format!("  {}\n", text.trim()));
        }
    }
    out
}

/// The exit status of an uncaught SystemExit, as CPython's
/// handle_system_exit: its code None is 0, an int is itself, anything
/// else is printed to stderr and gives 1.
fn system_exit_status(vm: &mut crate::vm::Vm, exc: &crate::exception::Exc) -> i32 {
    use crate::value::Value;
    let code = crate::exception::system_exit_code(&exc.args());
    vm.flush_out();
    match code {
        Value::None => 0,
        Value::Bool(b) => b as i32,
        Value::Int(n) => n as i32,
        other => {
            let text = vm.to_str(&other).unwrap_or_default();
            let _ = writeln!(std::io::stderr(), "{text}");
            1
        }
    }
}

impl Interpreter {
    /// Compiles and runs `source` as a module in the main namespace; Err
    /// holds the report (SyntaxError or traceback) for stderr.
    pub fn run_source(&mut self, source: &str, filename: &str) -> Result<(), String> {
        self.run_source_raising(source, filename)
            .map_err(|failure| self.report(failure, source, filename))
    }

    /// `run_source`, leaving the failure as it is.
    pub fn run_source_raising(&mut self, source: &str, filename: &str) -> Result<(), Failure> {
        let code = self
            .compile(source, filename, crate::Mode::Exec)
            .map_err(Failure::Syntax)?;
        if !code.warnings.is_empty() {
            self.vm()
                .write_err(&format_warnings(&code.warnings, source, filename));
        }
        self.run(code).map(|_| ()).map_err(Failure::Raised)
    }

    /// The text a failure prints on stderr: the SyntaxError or traceback.
    pub fn report(&mut self, failure: Failure, source: &str, filename: &str) -> String {
        match failure {
            Failure::Syntax(e) => e.render(filename, source),
            Failure::Raised(exc) => {
                let sources = ScriptSource {
                    filename: filename.to_string(),
                    text: source.to_string(),
                };
                let vm = self.vm();
                let report = format_exception(vm, &exc, &sources);
                vm.flush_out();
                report
            }
        }
    }

    /// `sys.argv` for this program (the sys module reads it when imported).
    pub fn set_argv(&mut self, argv: &[String]) {
        *self.vm().heap.argv.borrow_mut() = argv.to_vec();
    }
}

/// An I/O error as Python words it: `[Errno 2] No such file or directory`.
/// Reads a file that must be a regular file: a FIFO, a device
/// (`/dev/zero`, `/dev/full`) or a directory is refused with a one-line
/// reason instead of blocking or reading forever.
pub fn read_regular(path: &std::path::Path) -> Result<String, String> {
    let meta = std::fs::metadata(path).map_err(|e| os_error(&e))?;
    if !meta.is_file() {
        return Err("not a regular file".into());
    }
    std::fs::read_to_string(path).map_err(|e| os_error(&e))
}

/// Whether `path` is absent or a regular file (a history or progress file
/// that is a FIFO or a device is not used).
pub fn usable_file(path: &std::path::Path) -> bool {
    match std::fs::metadata(path) {
        Ok(meta) => meta.is_file(),
        Err(_) => true,
    }
}

pub fn os_error(e: &std::io::Error) -> String {
    let text = e.to_string();
    match e.raw_os_error() {
        Some(code) => {
            let suffix = format!(" (os error {code})");
            format!("[Errno {code}] {}", text.trim_end_matches(&suffix))
        }
        None => text,
    }
}
