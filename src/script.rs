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

/// Runs `source` as the main module; returns the process exit status.
pub fn run(source: &str, filename: &str) -> i32 {
    let mut interp = Interpreter::new(Box::new(std::io::BufWriter::new(std::io::stdout())));
    let interrupt = interp.vm().interrupt.clone();
    let _ = ctrlc::set_handler(move || interrupt.store(true, std::sync::atomic::Ordering::Relaxed));
    if !filename.starts_with('<') {
        interp
            .vm()
            .globals
            .set_by_name("__file__", crate::value::Value::str(filename));
    }
    let status = match interp.run_source(source, filename) {
        Ok(()) => 0,
        Err(report) => {
            let _ = std::io::stderr().write_all(report.as_bytes());
            1
        }
    };
    interp.vm().run_exit_finalizers();
    interp.vm().finalize_main();
    interp.vm().flush_out();
    // The process ends next: like CPython at exit, leave the heap to the
    // operating system instead of freeing it object by object.
    std::mem::forget(interp);
    status
}

impl Interpreter {
    /// Compiles and runs `source` as a module in the main namespace; Err
    /// holds the report (SyntaxError or traceback) for stderr.
    pub fn run_source(&mut self, source: &str, filename: &str) -> Result<(), String> {
        let code = self
            .compile(source, filename, crate::Mode::Exec)
            .map_err(|e| e.render(filename, source))?;
        self.run(code).map(|_| ()).map_err(|exc| {
            let sources = ScriptSource {
                filename: filename.to_string(),
                text: source.to_string(),
            };
            let vm = self.vm();
            let report = format_exception(vm, &exc, &sources);
            vm.flush_out();
            report
        })
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
