//! The behaviour corpus: every `tests/programs/TOPIC/NAME.py` is one test.
//! Each runs the real `cellar` binary on the program and compares its exit
//! status, stdout and stderr with `NAME.expected`, then `cellar --dump-scopes`
//! with `NAME.scopes` and `cellar --dump-names` with `NAME.names`; all three
//! files were produced by CPython 3.11 (`python3 tests/tools/regen.py`).
//!
//! Environment switches (see tests/programs/README.md):
//!   CELLAR_BIN=PATH           run PATH instead of the cellar built by cargo
//!   CELLAR_LAST_LINE_ONLY=1   compare only the last line of stderr (the default compares
//!                             all of it: frames, source lines, carets)
//!   CELLAR_TEST_LATER=1       also run tests/programs/later/ (ignored otherwise)
//!   CELLAR_TIMEOUT=SECS       per-process time limit (default 10)

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use libtest_mimic::{Arguments, Failed, Trial};

const PROGRAMS: &str = "tests/programs";
const LATER: &str = "later";

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let run_later = env_flag("CELLAR_TEST_LATER");
    let mut trials: Vec<Trial> = programs(&root.join(PROGRAMS))
        .into_iter()
        .map(|rel| {
            let later = rel.starts_with(LATER);
            let name = rel.to_string_lossy().replace('\\', "/");
            Trial::test(name, move || check_program(&rel)).with_ignored_flag(later && !run_later)
        })
        .collect();
    trials.push(Trial::test("corpus/no_orphan_expected_files", move || {
        orphans(&root.join(PROGRAMS))
    }));
    libtest_mimic::run(&args, trials).exit();
}

/// Every `.py` under `dir`, as paths relative to tests/programs, sorted.
fn programs(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    walk(dir, dir, &mut found);
    found.sort();
    found
}

fn walk(base: &Path, dir: &Path, found: &mut Vec<PathBuf>) {
    let entries = fs::read_dir(dir).unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()));
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(base, &path, found);
        } else if path.extension().is_some_and(|ext| ext == "py") {
            found.push(
                path.strip_prefix(base)
                    .expect("invariant: under base")
                    .to_path_buf(),
            );
        }
    }
}

/// Generated files whose program is gone (renamed or deleted without cleanup).
fn orphans(dir: &Path) -> Result<(), Failed> {
    let mut stale = Vec::new();
    collect_orphans(dir, &mut stale);
    stale.sort();
    if stale.is_empty() {
        return Ok(());
    }
    Err(format!(
        "generated files without a program (delete them):\n{}",
        stale.join("\n")
    )
    .into())
}

fn collect_orphans(dir: &Path, stale: &mut Vec<String>) {
    for entry in fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_orphans(&path, stale);
        } else if path
            .extension()
            .is_some_and(|e| e == "expected" || e == "scopes" || e == "names")
            && !path.with_extension("py").exists()
        {
            stale.push(path.display().to_string());
        }
    }
}

/// One test: the run, the scopes dump and the names dump, all reported together.
fn check_program(rel: &Path) -> Result<(), Failed> {
    let program = format!("{PROGRAMS}/{}", rel.to_string_lossy().replace('\\', "/"));
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for suffix in ["expected", "scopes", "names"] {
        if !root.join(&program).with_extension(suffix).exists() {
            return Err(format!(
                "{program}: no .{suffix} file yet; run: python3 tests/tools/regen.py {program}"
            )
            .into());
        }
    }
    let problems: Vec<String> = [
        check_run(&program),
        check_dump(&program, "--dump-scopes", "scopes"),
        check_dump(&program, "--dump-names", "names"),
    ]
    .into_iter()
    .filter_map(Result::err)
    .collect();
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n\n").into())
    }
}

/// `cellar FILE`: exit status, stdout, and the last line (or all) of stderr.
fn check_run(program: &str) -> Result<(), String> {
    let expected_text = read_expected(program, "expected")?;
    let expected = Expected::parse(&expected_text)
        .map_err(|e| format!("{program}: malformed .expected file: {e}"))?;
    let mut actual = run_cellar(&[program])?;
    // CPython names the script by its absolute path (tracebacks, dis); the
    // files store it relative to the repo root.
    let absolute = format!("{}/{program}", env!("CARGO_MANIFEST_DIR"));
    actual.stdout = actual.stdout.replace(&absolute, program);
    actual.stderr = actual.stderr.replace(&absolute, program);
    let mut problems = Vec::new();
    if actual.status.code() != Some(expected.exit) {
        problems.push(format!(
            "exit status: expected {}, got {}",
            expected.exit,
            describe(actual.status)
        ));
    }
    if let Some(diff) = diff(&normalise(&expected.stdout), &normalise(&actual.stdout)) {
        problems.push(format!("stdout differs:\n{diff}"));
    }
    let (want, got, what) = if !env_flag("CELLAR_LAST_LINE_ONLY") {
        (expected.stderr.clone(), actual.stderr.clone(), "stderr")
    } else {
        (
            last_line(&expected.stderr),
            last_line(&actual.stderr),
            "last line of stderr",
        )
    };
    if let Some(diff) = diff(&normalise(&want), &normalise(&got)) {
        problems.push(format!("{what} differs:\n{diff}"));
    }
    if problems.is_empty() {
        return Ok(());
    }
    Err(format!(
        "== cellar {program}\n{}\n-- full stderr of cellar:\n{}",
        problems.join("\n"),
        actual.stderr
    ))
}

/// `cellar --dump-scopes FILE` / `--dump-names FILE`: stdout equals the file.
fn check_dump(program: &str, flag: &str, suffix: &str) -> Result<(), String> {
    let text = read_expected(program, suffix)?;
    let expected = text.split_once('\n').map_or("", |(_, rest)| rest);
    let actual = run_cellar(&[flag, program])?;
    match diff(expected, &actual.stdout) {
        None => Ok(()),
        Some(diff) => Err(format!(
            "== cellar {flag} {program}\nstdout differs from .{suffix}:\n{diff}\n-- stderr of cellar:\n{}",
            actual.stderr
        )),
    }
}

fn read_expected(program: &str, suffix: &str) -> Result<String, String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(program)
        .with_extension(suffix);
    fs::read_to_string(&path).map_err(|e| {
        format!(
            "{}: {e}; run: python3 tests/tools/regen.py {program}",
            path.display()
        )
    })
}

/// The parsed `NAME.expected` file (format in tests/tools/regen.py's docstring).
struct Expected {
    exit: i32,
    stdout: String,
    stderr: String,
}

impl Expected {
    fn parse(text: &str) -> Result<Expected, String> {
        let mut lines = text.split_inclusive('\n').skip(1); // the "generated" header
        let exit_line = lines.next().ok_or("no exit line")?;
        let exit = exit_line
            .trim_end()
            .strip_prefix("exit: ")
            .and_then(|n| n.parse().ok())
            .ok_or_else(|| format!("bad exit line {exit_line:?}"))?;
        let stdout = Self::section(&mut lines, "stdout")?;
        let stderr = Self::section(&mut lines, "stderr")?;
        if let Some(extra) = lines.next() {
            return Err(format!("unexpected line after stderr: {extra:?}"));
        }
        Ok(Expected {
            exit,
            stdout,
            stderr,
        })
    }

    /// `--- NAME: K lines[, no newline at end]` followed by exactly K lines.
    fn section<'a>(
        lines: &mut impl Iterator<Item = &'a str>,
        name: &str,
    ) -> Result<String, String> {
        let header = lines.next().ok_or_else(|| format!("no {name} section"))?;
        let spec = header
            .trim_end_matches('\n')
            .strip_prefix(&format!("--- {name}: "))
            .ok_or_else(|| format!("bad {name} header {header:?}"))?;
        let (count, no_newline) = match spec.strip_suffix(", no newline at end") {
            Some(count) => (count, true),
            None => (spec, false),
        };
        let count: usize = count
            .strip_suffix(" lines")
            .and_then(|n| n.parse().ok())
            .ok_or_else(|| format!("bad {name} header {header:?}"))?;
        let mut text = String::new();
        for _ in 0..count {
            text.push_str(
                lines
                    .next()
                    .ok_or_else(|| format!("{name} section shorter than {count} lines"))?,
            );
        }
        if no_newline && text.pop() != Some('\n') {
            return Err(format!("{name} section lacks its added final newline"));
        }
        Ok(text)
    }
}

struct Output {
    status: ExitStatus,
    stdout: String,
    stderr: String,
}

/// Runs the interpreter under test with cwd = the repo root and a time limit.
fn run_cellar(args: &[&str]) -> Result<Output, String> {
    let bin =
        std::env::var("CELLAR_BIN").unwrap_or_else(|_| env!("CARGO_BIN_EXE_cellar").to_string());
    let shown = format!("{bin} {}", args.join(" "));
    let mut child = Command::new(&bin)
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {shown}: {e}"))?;
    let stdout = drain(child.stdout.take().expect("invariant: piped"));
    let stderr = drain(child.stderr.take().expect("invariant: piped"));
    let status = wait_with_timeout(&mut child, timeout()).map_err(|e| format!("{shown}: {e}"))?;
    let stdout = stdout
        .join()
        .expect("invariant: reader thread does not panic");
    let stderr = stderr
        .join()
        .expect("invariant: reader thread does not panic");
    Ok(Output {
        status,
        stdout,
        stderr,
    })
}

fn drain(mut pipe: impl Read + Send + 'static) -> thread::JoinHandle<String> {
    thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = pipe.read_to_end(&mut bytes);
        String::from_utf8_lossy(&bytes).into_owned()
    })
}

fn wait_with_timeout(child: &mut Child, limit: Duration) -> Result<ExitStatus, String> {
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            return Ok(status);
        }
        if start.elapsed() > limit {
            let _ = child.kill(); // a runaway program must not hang the suite
            let _ = child.wait();
            return Err(format!(
                "timed out after {} s and was killed",
                limit.as_secs()
            ));
        }
        thread::sleep(Duration::from_millis(2));
    }
}

fn timeout() -> Duration {
    let secs = std::env::var("CELLAR_TIMEOUT")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(10);
    Duration::from_secs(secs)
}

fn env_flag(name: &str) -> bool {
    std::env::var(name).is_ok_and(|v| !v.is_empty() && v != "0")
}

fn describe(status: ExitStatus) -> String {
    match status.code() {
        Some(code) => code.to_string(),
        None => format!("no exit code ({status})"),
    }
}

/// The last line of a text, with its newline (so a diff shows no "no newline" note).
fn last_line(text: &str) -> String {
    text.lines()
        .last()
        .map_or(String::new(), |line| format!("{line}\n"))
}

/// Addresses differ from run to run: `0x7f3a...` becomes `0x…` on both sides.
fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("0x") {
        out.push_str(&rest[..at]);
        let digits = rest[at + 2..]
            .bytes()
            .take_while(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(b))
            .count();
        if digits == 0 {
            out.push_str("0x");
        } else {
            out.push_str("0x…");
        }
        rest = &rest[at + 2 + digits..];
    }
    out.push_str(rest);
    out
}

/// None when equal; otherwise the first differing line and a window around it.
fn diff(expected: &str, actual: &str) -> Option<String> {
    if expected == actual {
        return None;
    }
    let want: Vec<&str> = expected.split_inclusive('\n').collect();
    let got: Vec<&str> = actual.split_inclusive('\n').collect();
    let first = want.iter().zip(&got).take_while(|(a, b)| a == b).count();
    let mut out = format!("first difference at line {}:\n", first + 1);
    for line in &want[first.saturating_sub(3)..first] {
        out.push_str(&format!("    {}\n", show(line)));
    }
    const WINDOW: usize = 15;
    for line in want.iter().skip(first).take(WINDOW) {
        out.push_str(&format!("  - {}\n", show(line)));
    }
    if want.len() > first + WINDOW {
        out.push_str(&format!(
            "  - ... {} more expected lines\n",
            want.len() - first - WINDOW
        ));
    }
    for line in got.iter().skip(first).take(WINDOW) {
        out.push_str(&format!("  + {}\n", show(line)));
    }
    if got.len() > first + WINDOW {
        out.push_str(&format!(
            "  + ... {} more actual lines\n",
            got.len() - first - WINDOW
        ));
    }
    out.push_str("  (- expected from CPython 3.11, + actual)");
    Some(out)
}

/// A line as shown in a diff: a missing final newline is made visible.
fn show(line: &str) -> String {
    match line.strip_suffix('\n') {
        Some(body) => body.to_string(),
        None => format!("{line}  [no newline at end]"),
    }
}
