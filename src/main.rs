//! The `cellar` command: argv → script, `-c`, or the REPL; nothing else.

use std::process::ExitCode;

/// The interpreter runs on a thread with a large stack, so that deep
/// recursion ends in RecursionError and deep nesting in a SyntaxError,
/// never in a Rust stack overflow.
const STACK_SIZE: usize = 512 * 1024 * 1024;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let worker = std::thread::Builder::new()
        .stack_size(STACK_SIZE)
        .spawn(move || run(args));
    match worker.map(|h| h.join()) {
        Ok(Ok(code)) => ExitCode::from(code as u8),
        _ => ExitCode::from(70),
    }
}

fn run(args: Vec<String>) -> i32 {
    match args.as_slice() {
        [flag, code, ..] if flag == "-c" => cellar::script::run(code, "<string>"),
        [flag, file] if flag == "--dump-scopes" || flag == "--dump-names" => dump(flag, file),
        [flag] if flag == "--version" => {
            println!("cellar {}", env!("CARGO_PKG_VERSION"));
            0
        }
        [file, ..] if !file.starts_with('-') => match std::fs::read_to_string(file) {
            Ok(src) => cellar::script::run(&src, file),
            Err(e) => {
                eprintln!("cellar: can't open file '{file}': {e}");
                2
            }
        },
        _ => {
            eprintln!("usage: cellar FILE.py | cellar -c CODE");
            2
        }
    }
}

/// `--dump-scopes FILE` / `--dump-names FILE`: what the compiler made of a
/// program, in the formats of tests/tools/dump_scopes.py and dump_names.py.
fn dump(flag: &str, file: &str) -> i32 {
    let Ok(src) = std::fs::read_to_string(file) else {
        eprintln!("cellar: can't open file '{file}'");
        return 2;
    };
    let globals = cellar::vm::Globals::new_main();
    match cellar::compile_source(&src, file, &globals, false) {
        Ok(code) if flag == "--dump-scopes" => print!("{}", cellar::dis::dump_scopes(&code)),
        Ok(code) => print!("{}", cellar::dis::dump_names(&code)),
        Err(e) => {
            println!("{}: {} (line {})", e.kind.name(), e.msg, e.line);
            return 1;
        }
    }
    0
}
