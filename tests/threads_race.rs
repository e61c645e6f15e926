//! Seed 004's race demo under cellar's green threads: with
//! `--thread-seed N` the schedule is random but repeatable, so the lost
//! update of `count += 1` shows, and shows the same way on every run,
//! while the version with a Lock always counts 1000. (CPython's output of
//! the demo itself is checked in tests/programs/seeds_004/.)

use std::process::Command;

const RACE: &str = r#"
import sys, threading
sys.setswitchinterval(1e-4)

def make_counter(locked):
    count = 0
    lock = threading.Lock()
    def increment():
        nonlocal count
        if locked:
            with lock:
                count += 1
        else:
            count += 1
    return increment

for locked in (False, True):
    counter = make_counter(locked)
    threads = [threading.Thread(target=counter) for _ in range(1000)]
    for t in threads: t.start()
    for t in threads: t.join()
    print(counter.__closure__[0].cell_contents)
"#;

/// (unsafe count, safe count) of one run with `seed`.
fn run(seed: u32) -> (u32, u32) {
    let out = Command::new(env!("CARGO_BIN_EXE_cellar"))
        .args(["--thread-seed", &seed.to_string(), "-c", RACE])
        .output()
        .expect("cellar runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let counts: Vec<u32> = text.lines().map(|l| l.parse().expect("a count")).collect();
    assert_eq!(counts.len(), 2, "{text}");
    (counts[0], counts[1])
}

#[test]
fn a_seeded_schedule_shows_the_lost_update_repeatably() {
    let runs: Vec<(u32, u32)> = (1..=3).map(run).collect();
    for (seed, &(unsafe_count, safe_count)) in (1..=3).zip(&runs) {
        assert_eq!(
            safe_count, 1000,
            "seed {seed}: the Lock fix always counts 1000"
        );
        assert!(unsafe_count <= 1000);
        assert_eq!(run(seed), (unsafe_count, safe_count), "seed {seed} repeats");
    }
    assert!(
        runs.iter().any(|&(u, _)| u < 1000),
        "some seed loses an update: {runs:?}"
    );
}

#[test]
fn without_a_seed_each_thread_runs_its_increment_whole() {
    let out = Command::new(env!("CARGO_BIN_EXE_cellar"))
        .args(["-c", RACE])
        .output()
        .expect("cellar runs");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "1000\n1000\n");
}

#[test]
fn a_bad_seed_is_a_usage_error() {
    let out = Command::new(env!("CARGO_BIN_EXE_cellar"))
        .args(["--thread-seed", "x", "-c", "pass"])
        .output()
        .expect("cellar runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("--thread-seed needs a positive whole number")
    );
}
