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
        if filename != self.filename {
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
    let code = match crate::compile_source(source, filename, &vm.globals, false) {
        Ok(c) => c,
        Err(e) => {
            eprint!("{}", e.render(filename, source));
            return 1;
        }
    };
    let result = vm.run_module(code);
    vm.flush_out();
    match result {
        Ok(_) => 0,
        Err(exc) => {
            let sources = ScriptSource {
                filename: filename.to_string(),
                text: source.to_string(),
            };
            let report = format_exception(&mut vm, &exc, &sources);
            vm.flush_out();
            let _ = std::io::stderr().write_all(report.as_bytes());
            1
        }
    }
}
