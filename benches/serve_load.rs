//! The projector page under a room: 300 viewers on loopback subscribe to
//! `/events`, the session publishes 20 updates, and every viewer must get
//! each one. Prints the slowest delivery of each update and the process's
//! peak resident memory (server and the 300 clients together). Run with
//! `cargo bench --bench serve_load`; bounded to 300 viewers and about
//! 10 s. Not a pass/fail test: the bounds are every viewer within
//! 1 s and under 200 MiB.

use cellar::serve::{Board, Server};
use std::io::{BufRead, BufReader, Write};
use std::net::{IpAddr, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const VIEWERS: usize = 300;
const UPDATES: usize = 20;

fn main() {
    let server = Server::start(IpAddr::from([127, 0, 0, 1]), 0).expect("serves");
    let got: Arc<Mutex<Vec<Vec<Instant>>>> = Arc::new(Mutex::new(vec![Vec::new(); UPDATES]));
    let mut threads = Vec::new();
    for _ in 0..VIEWERS {
        let got = got.clone();
        let addr = server.addr();
        threads.push(std::thread::spawn(move || viewer(addr, &got)));
    }
    while server.viewers() < VIEWERS {
        std::thread::sleep(Duration::from_millis(20));
    }
    let mut sent = Vec::new();
    for k in 0..UPDATES {
        let mut board = Board::default();
        board.push_exchange(format!(">>> update_{k:02}_ = {k}\n"), "x".repeat(2000));
        sent.push(Instant::now());
        server.publish(board);
        std::thread::sleep(Duration::from_millis(200));
    }
    for t in threads {
        let _ = t.join();
    }
    let got = got.lock().expect("results");
    let mut worst = Duration::ZERO;
    for (k, times) in got.iter().enumerate() {
        let slowest = times
            .iter()
            .map(|t| t.duration_since(sent[k]))
            .max()
            .unwrap_or_default();
        worst = worst.max(slowest);
        println!(
            "update {k:2}: {} of {VIEWERS} viewers, slowest after {:>6.1} ms",
            times.len(),
            slowest.as_secs_f64() * 1e3
        );
    }
    println!(
        "slowest delivery overall: {:.1} ms",
        worst.as_secs_f64() * 1e3
    );
    println!("peak resident memory of the process: {:.1} MiB", peak_mib());
}

/// One viewer: reads updates until it has seen all of them.
fn viewer(addr: std::net::SocketAddr, got: &Mutex<Vec<Vec<Instant>>>) {
    let mut stream = TcpStream::connect(addr).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .expect("timeout");
    stream
        .write_all(b"GET /events HTTP/1.1\r\nHost: x\r\n\r\n")
        .expect("send");
    let mut reader = BufReader::new(stream);
    let mut seen = 0;
    let mut line = String::new();
    while seen < UPDATES {
        line.clear();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            return;
        }
        if let Some(at) = line.find("update_") {
            let k: usize = line[at + 7..at + 9].parse().unwrap_or(0);
            got.lock().expect("results")[k].push(Instant::now());
            seen += 1;
        }
    }
}

/// VmHWM of this process, in MiB (Linux).
fn peak_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kib: f64 = status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0.0);
    kib / 1024.0
}
