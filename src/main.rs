//! The `cellar` command: argv → script, `-c`, or the REPL; nothing else.

use cellar::script::os_error;
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

/// The interpreter runs on a thread with a large stack, so that deep
/// recursion ends in RecursionError and deep nesting in a SyntaxError,
/// never in a Rust stack overflow.
const STACK_SIZE: usize = 1024 * 1024 * 1024;

const HELP: &str = "\
cellar: a Python REPL that makes closures visible

usage:
  cellar                 start the REPL (reads a session from stdin when piped)
  cellar FILE.py         run a script, as python3 FILE.py
  cellar -c CODE         run CODE, as python3 -c CODE
  cellar -i FILE.py      run a script, then the REPL with its globals

lessons:
  cellar --lessons       list the lessons
  cellar --lesson N      start the REPL in lesson N (a number or a name)
  cellar --check-lessons [DIR]
                         run every lesson's code and check its recorded outputs
  --lesson-dir DIR       add the lessons of DIR (Markdown, see lessons/README.md),
                         numbered after the bundled ones
  --lessons --only       with --lesson-dir: list only those lessons
  --lesson-timeout SECS  time limit of each lesson block (default 10, or the
                         lesson's front matter `timeout`)
  --demo                 demo mode: :next types each step's code for a room
  --large                with --demo: banner headings and bold text for a projector

the projector page:
  --serve [PORT]         also show the session live in a browser (port 8000 unless given)
  --host ADDR            serve on ADDR instead of 127.0.0.1 (a classroom network: view only)

options:
  --echo                 with piped stdin, print prompts and input lines
  --no-files             turn :load and :export off (kiosk machines)
  --thread-seed N        switch threads at random but repeatable points (seed N):
                         with sys.setswitchinterval(1e-6), races show every run
  --max-memory SIZE      the memory budget (bytes, or 512M, 2G...); past it the
                         running code gets MemoryError. Default: half the
                         machine's memory, at most 4G
  --no-color             no ANSI colors (also: NO_COLOR=1)
  --ascii                diagrams in plain ASCII (also: CELLAR_ASCII=1)
  --version              print the version
  --help                 print this help
";

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

/// What the command line asks for.
#[derive(Default)]
struct Options {
    echo: bool,
    no_color: bool,
    ascii: bool,
    inspect: bool,
    command: Option<String>,
    file: Option<String>,
    dump: Option<String>,
    list_lessons: bool,
    lesson: Option<String>,
    check_lessons: Option<Option<String>>,
    lesson_dirs: Vec<String>,
    /// `--only`: `--lessons` lists just the `--lesson-dir` lessons.
    only: bool,
    demo: bool,
    /// `--large`: demo mode's projector layout.
    large: bool,
    /// `--serve [PORT]`: the port.
    serve: Option<u16>,
    /// `--host ADDR`
    host: Option<std::net::IpAddr>,
    no_files: bool,
    max_memory: Option<usize>,
    lesson_timeout: Option<std::time::Duration>,
    /// What follows `-c CODE` or `FILE.py`: the program's `sys.argv[1:]`.
    script_args: Vec<String>,
}

fn run(args: Vec<String>) -> i32 {
    let opts = match parse_args(args) {
        Ok(o) => o,
        Err(code) => return code,
    };
    // (read here, on the interpreter's thread, so the default sees its stack)
    cellar::memory::set_limit(
        opts.max_memory
            .unwrap_or_else(cellar::memory::default_limit),
    );
    if let (Some(flag), Some(file)) = (&opts.dump, &opts.file) {
        return dump(flag, file);
    }
    if let Some(dir) = &opts.check_lessons {
        let (lessons, errors) = match dir {
            Some(d) => cellar::lesson::load_path(d),
            None => cellar::lesson::load(&opts.lesson_dirs),
        };
        return cellar::lesson::check::run(&lessons, &errors, opts.lesson_timeout);
    }
    if opts.list_lessons {
        let (mut session, capture) = cellar::repl::Session::captured();
        session.tutor.extra = opts.lesson_dirs.clone();
        session.tutor.progress = cellar::repl::lesson::progress_path();
        session.feed_line(if opts.only {
            ":lessons --only"
        } else {
            ":lessons"
        });
        let _ = write!(std::io::stdout(), "{}", capture.take());
        return 0;
    }
    let status = match (&opts.command, &opts.file) {
        (Some(code), _) => {
            let argv = argv_of("-c", &opts.script_args);
            Some(cellar::script::run(code, "<string>", &argv))
        }
        (None, Some(file)) if !opts.inspect => {
            Some(run_file(file, &argv_of(file, &opts.script_args)))
        }
        _ => None,
    };
    if let Some(status) = status {
        return status;
    }
    repl(&opts)
}

fn parse_args(args: Vec<String>) -> Result<Options, i32> {
    let mut opts = Options::default();
    let mut it = args.into_iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--help" | "-h" => {
                let _ = write!(std::io::stdout(), "{HELP}");
                return Err(0);
            }
            "--version" | "-V" => {
                let _ = writeln!(std::io::stdout(), "cellar {}", env!("CARGO_PKG_VERSION"));
                return Err(0);
            }
            "--echo" => opts.echo = true,
            "--no-color" => opts.no_color = true,
            "--ascii" => opts.ascii = true,
            "-i" => opts.inspect = true,
            "--lessons" => opts.list_lessons = true,
            "--demo" => opts.demo = true,
            "--large" => opts.large = true,
            "--serve" => {
                let port = match it.as_slice().first().map(|p| p.parse::<u16>()) {
                    Some(Ok(p)) => {
                        it.next();
                        p
                    }
                    _ => cellar::repl::serve::DEFAULT_PORT,
                };
                opts.serve = Some(port);
            }
            "--host" => {
                let addr = it
                    .next()
                    .ok_or_else(|| usage("--host needs an address, such as 0.0.0.0"))?;
                let ip = addr.parse().map_err(|_| {
                    usage(&format!("--host needs an IP address (`{addr}` is not one)"))
                })?;
                opts.host = Some(ip);
            }
            "--no-files" => opts.no_files = true,
            "--lesson" => {
                opts.lesson = Some(
                    it.next()
                        .ok_or_else(|| usage("--lesson needs a lesson number or name"))?,
                )
            }
            "--max-memory" => {
                let size = it.next().unwrap_or_default();
                // (an empty size keeps the default)
                if !size.is_empty() {
                    opts.max_memory = Some(cellar::memory::parse_size(&size).ok_or_else(|| {
                        usage(&format!("--max-memory needs a size, not '{size}'"))
                    })?);
                }
            }
            "--lesson-timeout" => {
                let secs = it.next().unwrap_or_default();
                let t: f64 = secs.parse().unwrap_or(f64::NAN);
                if !(t > 0.0 && t <= 86_400.0) {
                    return Err(usage(&format!(
                        "--lesson-timeout needs a number of seconds, not '{secs}'"
                    )));
                }
                opts.lesson_timeout = Some(std::time::Duration::from_secs_f64(t));
            }
            "--thread-seed" => {
                let n = it.next().unwrap_or_default();
                let seed = n.parse::<u64>().ok().filter(|&s| s > 0);
                let seed = seed.ok_or_else(|| {
                    usage(&format!(
                        "--thread-seed needs a positive whole number, not '{n}'"
                    ))
                })?;
                cellar::vm::threads::set_seed(seed);
            }
            "--lesson-dir" => opts.lesson_dirs.push(existing(
                "--lesson-dir",
                it.next()
                    .ok_or_else(|| usage("--lesson-dir needs a directory"))?,
            )?),
            "--only" => opts.only = true,
            "--check-lessons" => {
                let mut rest: Vec<String> = it.by_ref().collect();
                let dir = (!rest.is_empty() && !rest[0].starts_with('-')).then(|| rest.remove(0));
                let dir = dir.map(|d| existing("--check-lessons", d)).transpose()?;
                opts.check_lessons = Some(dir);
                it = rest.into_iter();
            }
            "-c" => {
                opts.command = Some(
                    it.next()
                        .ok_or_else(|| usage("argument expected for the -c option"))?,
                );
                opts.script_args = it.collect();
                break;
            }
            "--dump-scopes" | "--dump-names" => opts.dump = Some(a),
            flag if flag.starts_with('-') => return Err(usage(&format!("unknown option {flag}"))),
            _ => {
                opts.file = Some(a);
                opts.script_args = it.collect();
                break;
            }
        }
    }
    Ok(opts)
}

/// A path an option names, if it exists; otherwise a one-line error.
fn existing(option: &str, path: String) -> Result<String, i32> {
    if std::path::Path::new(&path).exists() {
        return Ok(path);
    }
    let _ = writeln!(
        std::io::stderr(),
        "cellar: {option} {path}: no such directory or file"
    );
    Err(2)
}

fn usage(msg: &str) -> i32 {
    let _ = writeln!(std::io::stderr(), "cellar: {msg}\n{HELP}");
    2
}

/// `sys.argv`: the script as given (or `-c`), then its arguments.
fn argv_of(first: &str, rest: &[String]) -> Vec<String> {
    std::iter::once(first.to_string())
        .chain(rest.iter().cloned())
        .collect()
}

fn run_file(file: &str, argv: &[String]) -> i32 {
    match std::fs::read_to_string(file) {
        Ok(src) => cellar::script::run(&src, &script_path(file), argv),
        Err(e) => {
            let _ = writeln!(
                std::io::stderr(),
                "cellar: can't open file '{file}': {}",
                os_error(&e)
            );
            2
        }
    }
}

/// The script's path as CPython 3.11 runs it: absolute (tracebacks and
/// `__file__` show it so), symlinks left as they are.
fn script_path(file: &str) -> String {
    std::path::absolute(file)
        .map_or_else(|_| file.to_string(), |p| p.to_string_lossy().into_owned())
}

/// The REPL, after running `-i FILE` in its globals when given.
fn repl(opts: &Options) -> i32 {
    // On a terminal, output shows line by line while code runs (as
    // CPython's line-buffered stdout); piped, it is block-buffered.
    let out: Box<dyn std::io::Write> = if std::io::stdout().is_terminal() {
        Box::new(std::io::LineWriter::new(std::io::stdout()))
    } else {
        Box::new(std::io::BufWriter::new(std::io::stdout()))
    };
    let mut session = cellar::repl::Session::new(out, Box::new(std::io::stderr()));
    if let Some(file) = &opts.file {
        match std::fs::read_to_string(file) {
            Ok(src) => {
                let path = script_path(file);
                session
                    .vm()
                    .globals
                    .set_by_name("__file__", cellar::value::Value::str(path.as_str()));
                session.run_script(&src, &path);
            }
            Err(e) => {
                let _ = writeln!(
                    std::io::stderr(),
                    "cellar: can't open file '{file}': {}",
                    os_error(&e)
                );
                return 2;
            }
        }
    }
    let options = cellar::repl::terminal::Options {
        echo: opts.echo,
        color: use_color(opts.no_color),
    };
    session.view.color = options.color;
    session.view.ascii |= opts.ascii;
    session.tutor.extra = opts.lesson_dirs.clone();
    session.tutor.progress = cellar::repl::lesson::progress_path();
    session.tutor.demo = opts.demo;
    session.tutor.large = opts.large;
    session.tutor.delay_ms = cellar::repl::lesson::demo_delay();
    session.tutor.timeout = opts.lesson_timeout;
    session.no_files = opts.no_files;
    session.tutor.start = opts.lesson.as_ref().map(|n| format!(":lesson {n}"));
    if opts.serve.is_some() || opts.host.is_some() {
        let host = opts.host.unwrap_or(std::net::IpAddr::from([127, 0, 0, 1]));
        session.start_serving(
            host,
            opts.serve.unwrap_or(cellar::repl::serve::DEFAULT_PORT),
        );
    }
    cellar::repl::terminal::run(&mut session, options)
}

/// Colors only on a terminal, and never with `--no-color` or a non-empty
/// NO_COLOR (no-color.org).
fn use_color(no_color_flag: bool) -> bool {
    let no_color_env = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    !no_color_flag && !no_color_env && std::io::stdout().is_terminal()
}

/// `--dump-scopes FILE` / `--dump-names FILE`: what the compiler made of a
/// program, in the formats of tests/tools/dump_scopes.py and dump_names.py.
fn dump(flag: &str, file: &str) -> i32 {
    let Ok(src) = std::fs::read_to_string(file) else {
        let _ = writeln!(std::io::stderr(), "cellar: can't open file '{file}'");
        return 2;
    };
    match cellar::compile(&src, file, cellar::Mode::Exec) {
        Ok(code) if flag == "--dump-scopes" => out(&cellar::dis::dump_scopes(&code)),
        Ok(code) => out(&cellar::dis::dump_names(&code)),
        Err(e) => {
            out(&format!("{}: {} (line {})\n", e.kind.name(), e.msg, e.line));
            return 1;
        }
    }
    0
}

/// Writes to stdout; a closed pipe is ignored, as CPython ignores it.
fn out(text: &str) {
    let _ = std::io::stdout().write_all(text.as_bytes());
}
