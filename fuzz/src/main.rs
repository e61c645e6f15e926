//! cellar-fuzz: a mutation fuzzer over cellar's whole pipeline (source →
//! parse → symtable → compile → run). Seeds are the programs of
//! tests/programs and the code blocks of the lessons; each case is a
//! mutated seed run by the real `cellar` binary with a memory budget and a
//! time budget (Ctrl-C after 2 s, killed 3 s later).
//!
//! ```text
//!     seeds ─▶ mutate (1-4 times) ─▶ cellar --max-memory 256M CASE.py ─▶ verdict
//!     verdicts: ok | crash (signal, panic) | hang (Ctrl-C did not stop it)
//! ```
//!
//! Findings go to `fuzz/findings/KIND-HASH.py` with what cellar printed on
//! stderr; one file per distinct crash signature.
//!
//!     cargo run --release --manifest-path fuzz/Cargo.toml -- \
//!         --cellar target/release/cellar --minutes 20 [--seed N]

mod mutate;

use mutate::{Rng, mutate};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const INTERRUPT_AFTER: Duration = Duration::from_secs(2);
const KILL_AFTER: Duration = Duration::from_secs(3);

struct Config {
    cellar: PathBuf,
    minutes: u64,
    seed: u64,
    root: PathBuf,
}

fn main() {
    let cfg = match config() {
        Ok(c) => c,
        Err(msg) => {
            eprintln!("cellar-fuzz: {msg}");
            std::process::exit(2);
        }
    };
    let seeds = seeds(&cfg.root);
    if seeds.is_empty() {
        eprintln!("cellar-fuzz: no seeds under {}", cfg.root.display());
        std::process::exit(2);
    }
    let findings = campaign(&cfg, &seeds);
    println!("findings: {findings}");
}

fn config() -> Result<Config, String> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .ok_or("no repository root")?;
    let mut cfg = Config {
        cellar: root.join("target/release/cellar"),
        minutes: 20,
        seed: 0x5eed,
        root,
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let value = args.next().ok_or(format!("{a} needs a value"))?;
        match a.as_str() {
            "--cellar" => cfg.cellar = PathBuf::from(value),
            "--minutes" => cfg.minutes = value.parse().map_err(|_| "bad --minutes")?,
            "--seed" => cfg.seed = value.parse().map_err(|_| "bad --seed")?,
            _ => return Err(format!("unknown option {a}")),
        }
    }
    Ok(cfg)
}

/// Every program of tests/programs and every Python block of the lessons.
fn seeds(root: &Path) -> Vec<String> {
    let mut out = Vec::new();
    walk(&root.join("tests/programs"), &mut |p| {
        if p.extension().is_some_and(|e| e == "py")
            && let Ok(s) = std::fs::read_to_string(p)
        {
            out.push(s);
        }
    });
    walk(&root.join("lessons"), &mut |p| {
        if p.extension().is_some_and(|e| e == "md")
            && let Ok(s) = std::fs::read_to_string(p)
        {
            out.extend(python_blocks(&s));
        }
    });
    out
}

fn walk(dir: &Path, f: &mut dyn FnMut(&Path)) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            walk(&p, f);
        } else {
            f(&p);
        }
    }
}

/// The fenced ```python blocks of a lesson, joined as one program.
fn python_blocks(md: &str) -> Option<String> {
    let mut out = String::new();
    let mut inside = false;
    for line in md.lines() {
        if let Some(info) = line.strip_prefix("```") {
            inside = !inside && info.starts_with("python");
            continue;
        }
        if inside {
            out.push_str(line);
            out.push('\n');
        }
    }
    (!out.is_empty()).then_some(out)
}

/// Runs cases until the time is up; returns the number of findings.
fn campaign(cfg: &Config, seeds: &[String]) -> usize {
    let dir = cfg.root.join("fuzz/findings");
    let _ = std::fs::create_dir_all(&dir);
    let case = std::env::temp_dir().join(format!("cellar-fuzz-{}.py", std::process::id()));
    let mut rng = Rng::new(cfg.seed);
    let mut seen = HashSet::new();
    let end = Instant::now() + Duration::from_secs(cfg.minutes * 60);
    let (mut runs, mut found) = (0u64, 0usize);
    while Instant::now() < end {
        let src = generate(seeds, &mut rng);
        if std::fs::write(&case, &src).is_err() {
            break;
        }
        runs += 1;
        if let Some((kind, stderr)) = run_case(&cfg.cellar, &case, &src)
            && seen.insert(signature(&kind, &stderr))
        {
            found += 1;
            save(&dir, &kind, &src, &stderr);
            println!("run {runs}: {kind}");
        }
        if runs % 1000 == 0 {
            println!("{runs} runs, {found} findings");
        }
    }
    let _ = std::fs::remove_file(&case);
    println!("{runs} runs");
    found
}

fn generate(seeds: &[String], rng: &mut Rng) -> String {
    let mut src = rng.pick(seeds).clone();
    for _ in 0..1 + rng.below(4) {
        let other = rng.pick(seeds);
        src = mutate(&src, other, rng);
    }
    src
}

/// None when cellar behaved (any exit status of its own); otherwise the
/// kind of failure and its stderr.
fn run_case(cellar: &Path, case: &Path, src: &str) -> Option<(String, String)> {
    let err_path = case.with_extension("err");
    let err = std::fs::File::create(&err_path).ok()?;
    let mut child = Command::new(cellar)
        .args(["--max-memory", "256M"])
        .arg(case)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(err)
        .spawn()
        .ok()?;
    let status = wait(&mut child, src);
    let stderr = tail(&err_path);
    let _ = std::fs::remove_file(&err_path);
    let kind = match status {
        Verdict::Hang => "hang",
        _ if stderr.contains("panicked at") => "panic",
        _ if stderr.contains("fatal runtime error") => "abort",
        Verdict::Exited(None) => "signal",
        Verdict::Exited(Some(_)) => return None,
    };
    let kind = kind.to_string();
    Some((kind, stderr))
}

enum Verdict {
    Exited(Option<i32>),
    Hang,
}

/// Waits for the case; Ctrl-C after INTERRUPT_AFTER, killed KILL_AFTER
/// later (a hang, unless the program catches KeyboardInterrupt itself).
fn wait(child: &mut Child, src: &str) -> Verdict {
    let start = Instant::now();
    let mut interrupted = false;
    loop {
        if let Ok(Some(status)) = child.try_wait() {
            return Verdict::Exited(status.code());
        }
        let elapsed = start.elapsed();
        if !interrupted && elapsed > INTERRUPT_AFTER {
            let _ = Command::new("kill")
                .args(["-INT", &child.id().to_string()])
                .status();
            interrupted = true;
        }
        if elapsed > INTERRUPT_AFTER + KILL_AFTER {
            let _ = child.kill();
            let _ = child.wait();
            if src.contains("KeyboardInterrupt") || src.contains("BaseException") {
                return Verdict::Exited(Some(0));
            }
            return Verdict::Hang;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// The last 4 KiB of a file.
fn tail(path: &Path) -> String {
    let text = std::fs::read(path).unwrap_or_default();
    let from = text.len().saturating_sub(4096);
    String::from_utf8_lossy(&text[from..]).into_owned()
}

/// What tells two findings apart: the kind and the panic's location or
/// the last line of stderr.
fn signature(kind: &str, stderr: &str) -> String {
    let line = stderr
        .lines()
        .find(|l| l.contains("panicked at") || l.contains("fatal runtime error"))
        .or_else(|| stderr.lines().last())
        .unwrap_or("");
    format!("{kind}: {line}")
}

fn save(dir: &Path, kind: &str, src: &str, stderr: &str) {
    let hash = src.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ b as u64).wrapping_mul(0x100_0000_01b3)
    });
    let path = dir.join(format!("{kind}-{hash:016x}.py"));
    let _ = std::fs::write(&path, src);
    let _ = std::fs::write(path.with_extension("stderr"), stderr);
}
