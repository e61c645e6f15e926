//! REPL transcripts: every `tests/transcripts/NAME.txt` is a session in
//! doctest form (`>>> ` and `... ` lines are typed, the rest is what the
//! screen shows, stdout and stderr interleaved). Each is replayed twice:
//! through `Session::feed_line` (no terminal), through the `cellar` binary
//! with the typed lines piped to `cellar --echo`, and piped to `cellar`
//! (which must print the same minus the prompt lines). All must reproduce
//! the file byte for byte.
//!
//! Files whose first line starts with `# generated` were produced by
//! CPython 3.11's interactive mode: `python3 tests/tools/transcripts.py`
//! checks them against python3, `--regen` rewrites them. Other files hold
//! cellar's own commands and are written by hand. Leading `#` lines are a
//! header, not part of the session.

use cellar::repl::{Session, Step};
use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const DIR: &str = "tests/transcripts";

fn main() {
    let args = Arguments::from_args();
    let mut trials = Vec::new();
    for path in transcripts() {
        let name = path
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let p = path.clone();
        trials.push(Trial::test(format!("session/{name}"), move || {
            through_session(&p)
        }));
        let q = path.clone();
        trials.push(Trial::test(format!("piped/{name}"), move || {
            through_binary(&path, true)
        }));
        trials.push(Trial::test(format!("quiet/{name}"), move || {
            through_binary(&q, false)
        }));
    }
    libtest_mimic::run(&args, trials).exit();
}

fn transcripts() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(DIR);
    let mut found: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/transcripts exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    found.sort();
    found
}

/// The session part of a transcript file (its `#` header removed).
fn session_text(path: &Path) -> String {
    let text = std::fs::read_to_string(path).expect("transcript is readable");
    text.lines()
        .skip_while(|l| l.starts_with('#'))
        .map(|l| format!("{l}\n"))
        .collect()
}

/// The lines typed in a transcript.
fn typed_lines(session: &str) -> Vec<&str> {
    session.lines().filter_map(typed).collect()
}

/// The typed part of a prompt line: after `>>> `, `... ` or the
/// stepper's `step K/N> `.
fn typed(line: &str) -> Option<&str> {
    line.strip_prefix(">>> ")
        .or_else(|| line.strip_prefix("... "))
        .or_else(|| {
            let rest = line.strip_prefix("step ")?;
            let (count, typed) = rest.split_once("> ")?;
            let (k, n) = count.split_once('/')?;
            let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
            (digits(k) && digits(n)).then_some(typed)
        })
}

/// Each session runs on a fresh thread: the VM's heap and cell numbering
/// are per thread, and test threads are reused.
fn through_session(path: &Path) -> Result<(), Failed> {
    let path = path.to_path_buf();
    std::thread::Builder::new()
        .stack_size(256 * 1024 * 1024)
        .spawn(move || session_on_this_thread(&path))
        .map_err(|e| e.to_string())?
        .join()
        .map_err(|_| Failed::from("the session panicked"))?
}

fn session_on_this_thread(path: &Path) -> Result<(), Failed> {
    let expected = session_text(path);
    let (mut session, capture) = Session::captured();
    // progress kept as the binary keeps it, in a state directory of its own
    let state = tempfile::tempdir().map_err(|e| Failed::from(e.to_string()))?;
    session.tutor.progress = Some(state.path().join("cellar/progress"));
    for line in typed_lines(&expected) {
        let prompt = session.prompt();
        session.vm().write_out(&format!("{prompt}{line}\n"));
        if session.feed_line(line) == Step::Quit {
            break;
        }
    }
    session.finish();
    compare(&expected, &capture.take())
}

/// With `echo`, the whole transcript; without, the same output with the
/// typed lines left out (piped stdin prints no prompts).
fn through_binary(path: &Path, echo: bool) -> Result<(), Failed> {
    let session = session_text(path);
    let expected: String = if echo {
        session.clone()
    } else {
        session
            .lines()
            .filter(|l| typed(l).is_none())
            .map(|l| format!("{l}\n"))
            .collect()
    };
    let input: String = typed_lines(&session)
        .iter()
        .map(|l| format!("{l}\n"))
        .collect();
    let out = tempfile::NamedTempFile::new().map_err(|e| e.to_string())?;
    // lesson progress starts empty in every run; demo mode types at once
    let state = tempfile::tempdir().map_err(|e| e.to_string())?;
    let mut child = Command::new(env!("CARGO_BIN_EXE_cellar"))
        .args(echo.then_some("--echo"))
        .env("XDG_STATE_HOME", state.path())
        .env("CELLAR_DEMO_DELAY_MS", "0")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(out.as_file().try_clone().map_err(|e| e.to_string())?)
        .stderr(out.as_file().try_clone().map_err(|e| e.to_string())?)
        .spawn()
        .map_err(|e| e.to_string())?;
    use std::io::Write;
    let mut stdin = child.stdin.take().expect("stdin is piped");
    stdin
        .write_all(input.as_bytes())
        .map_err(|e| e.to_string())?;
    drop(stdin);
    let status = child.wait().map_err(|e| e.to_string())?;
    if !status.success() {
        return Err(format!("cellar exited with {status}").into());
    }
    let got = std::fs::read_to_string(out.path()).map_err(|e| e.to_string())?;
    compare(&expected, &got)
}

fn compare(expected: &str, got: &str) -> Result<(), Failed> {
    if expected == got {
        return Ok(());
    }
    let first = expected
        .lines()
        .zip(got.lines())
        .position(|(a, b)| a != b)
        .unwrap_or_else(|| expected.lines().count().min(got.lines().count()));
    Err(format!(
        "transcript differs from line {} of the session\n--- expected\n{expected}\n--- got\n{got}",
        first + 1
    )
    .into())
}
