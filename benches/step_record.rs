//! How long recording takes and how much memory a recording holds: the
//! stepper on the benchmark counter (bench/counter.py's loop) until the
//! 10,000-step limit, and on a late-binding loop that makes a closure per
//! turn. Run with `cargo bench --bench step_record`; prints the best and
//! median of 9 runs, and the resident memory the recordings added. Not a
//! pass/fail test: timings depend on the machine (the bounds are
//! under 1 s and under 50 MiB for 10,000 steps).

use cellar::interpreter::{Capture, Interpreter};
use std::time::{Duration, Instant};

const COUNTER: &str = "\
def make_counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
    return inc

inc = make_counter()
";

const CASES: [(&str, &str); 2] = [
    ("counter", "for _ in range(4000000):\n    inc()\n"),
    (
        "late binding",
        "def make():\n    fs = []\n    for i in range(100000):\n        fs.append(lambda: i)\n    return fs\nfs = make()\n",
    ),
];

fn main() {
    for (name, code) in CASES {
        let mut times = Vec::new();
        for _ in 0..9 {
            let mut interp = Interpreter::new(Box::new(Capture::default()));
            let setup = interp
                .compile(COUNTER, "<bench>", cellar::Mode::Exec)
                .expect("compiles");
            assert!(interp.run(setup).is_ok());
            let t = Instant::now();
            let rec = cellar::step::record(&mut interp, code, cellar::step::DEFAULT_LIMIT)
                .expect("compiles")
                .recording;
            times.push(t.elapsed());
            assert_eq!(rec.steps.len(), cellar::step::DEFAULT_LIMIT + 1);
        }
        times.sort();
        println!(
            "{name:<13} {} steps: best {:>7.1} ms   median {:>7.1} ms",
            cellar::step::DEFAULT_LIMIT,
            ms(times[0]),
            ms(times[times.len() / 2])
        );
        println!(
            "{name:<13} memory of 10 recordings held at once: {:.1} MiB each",
            memory(code)
        );
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// Resident memory added by ten recordings kept alive, per recording.
fn memory(code: &str) -> f64 {
    let mut interp = Interpreter::new(Box::new(Capture::default()));
    let setup = interp
        .compile(COUNTER, "<bench>", cellar::Mode::Exec)
        .expect("compiles");
    assert!(interp.run(setup).is_ok());
    let before = resident();
    let kept: Vec<_> = (0..10)
        .map(|_| {
            cellar::step::record(&mut interp, code, cellar::step::DEFAULT_LIMIT).expect("compiles")
        })
        .collect();
    let after = resident();
    drop(kept);
    (after.saturating_sub(before)) as f64 / 10.0 / (1024.0 * 1024.0)
}

/// This process's resident set size in bytes (Linux), 0 elsewhere.
fn resident() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: u64 = statm
        .split_whitespace()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(0);
    pages * 4096
}
