//! Running a script (`cellar FILE.py`, `cellar -c CODE`) as python3 does:
//! stdout from the program, a traceback on stderr and exit status 1 on an
//! uncaught exception, SyntaxErrors reported before anything runs.

use crate::traceback::{SourceLookup, format_exception};
use crate::vm::Vm;
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
    let mut vm = Vm::new(Box::new(std::io::BufWriter::new(std::io::stdout())));
    let interrupt = vm.interrupt.clone();
    let _ = ctrlc::set_handler(move || interrupt.store(true, std::sync::atomic::Ordering::Relaxed));
    if !filename.starts_with('<') {
        vm.globals
            .set_by_name("__file__", crate::value::Value::str(filename));
    }
    let status = match run_in(&mut vm, source, filename) {
        Ok(()) => 0,
        Err(report) => {
            let _ = std::io::stderr().write_all(report.as_bytes());
            1
        }
    };
    vm.finalize_main();
    status
}

/// Compiles and runs `source` in `vm`'s globals; Err holds the report
/// (SyntaxError or traceback) for stderr.
pub fn run_in(vm: &mut Vm, source: &str, filename: &str) -> Result<(), String> {
    let code = crate::compile_source(source, filename, &vm.globals, false)
        .map_err(|e| e.render(filename, source))?;
    let result = vm.run_module(code);
    vm.flush_out();
    result.map(|_| ()).map_err(|exc| {
        let sources = ScriptSource {
            filename: filename.to_string(),
            text: source.to_string(),
        };
        let report = format_exception(vm, &exc, &sources);
        vm.flush_out();
        report
    })
}
