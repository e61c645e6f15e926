//! How long the inspection commands take in a session with 10,000 live
//! cells (SPEC §8: under 50 ms each). Run with
//! `cargo bench --bench inspect_cells`; prints the best and median of 15
//! runs per command. Not a pass/fail test: timings depend on the machine.

use cellar::inspect::View;
use cellar::repl::{Capture, Session};
use std::time::{Duration, Instant};

const SETUP: &str = "\
def make(n):
    def f():
        return n
    return f

fs = [make(i) for i in range(10000)]
";

fn main() {
    let mut session = Session::new(Box::new(Capture::default()), Box::new(Capture::default()));
    session.view = View::plain();
    session.eval(SETUP);
    let cells = session.vm().heap.live_cells().len();
    println!("live cells: {cells}");
    for (cmd, arg) in [
        ("cells", ""),
        ("closure", "fs[9999]"),
        ("freevars", "make"),
        ("dis", "fs[0]"),
        ("scope", "make"),
    ] {
        let mut times: Vec<Duration> = (0..15)
            .map(|_| {
                let t = Instant::now();
                let out = cellar::inspect::command(&mut session.interp, &session.view, cmd, arg);
                let took = t.elapsed();
                assert!(matches!(out, Some(Ok(_))), ":{cmd} {arg} failed: {out:?}");
                took
            })
            .collect();
        times.sort();
        println!(
            ":{cmd} {arg:<9} best {:>7.2} ms   median {:>7.2} ms",
            times[0].as_secs_f64() * 1e3,
            times[times.len() / 2].as_secs_f64() * 1e3
        );
    }
}
