//! A time limit for lesson code: a thread that, when a block runs past its
//! deadline, sets the interpreter's Ctrl-C flag, so the block ends in
//! KeyboardInterrupt wherever it loops, and says so.
//!
//! ```text
//!     arm(10 s) ─▶ block runs ─▶ disarm() → false   (in time)
//!                     └─ 10 s ─▶ flag set ─▶ KeyboardInterrupt ─▶ disarm() → true
//! ```

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

/// The default limit for one block (a lesson's `timeout` or
/// `--lesson-timeout` change it).
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);

#[derive(Default)]
struct State {
    deadline: Option<Instant>,
    fired: bool,
    stop: bool,
}

pub struct Watchdog {
    shared: Arc<(Mutex<State>, Condvar)>,
}

impl Watchdog {
    /// A watchdog that interrupts through `interrupt` (the VM's flag).
    pub fn new(interrupt: Arc<AtomicBool>) -> Watchdog {
        let shared = Arc::new((Mutex::new(State::default()), Condvar::new()));
        let theirs = shared.clone();
        // (without a thread there is no time limit, and nothing else changes)
        let _ = std::thread::Builder::new()
            .name("lesson-watchdog".into())
            .spawn(move || watch(&theirs, &interrupt));
        Watchdog { shared }
    }

    /// Starts the clock for one block.
    pub fn arm(&self, limit: Duration) {
        let (lock, cvar) = &*self.shared;
        if let Ok(mut st) = lock.lock() {
            st.deadline = Some(Instant::now() + limit);
            st.fired = false;
            cvar.notify_one();
        }
    }

    /// Stops the clock; true when the block ran out of time.
    pub fn disarm(&self) -> bool {
        let (lock, cvar) = &*self.shared;
        let Ok(mut st) = lock.lock() else {
            return false;
        };
        st.deadline = None;
        cvar.notify_one();
        std::mem::take(&mut st.fired)
    }
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        let (lock, cvar) = &*self.shared;
        if let Ok(mut st) = lock.lock() {
            st.stop = true;
            cvar.notify_one();
        }
    }
}

/// The watchdog thread: sleeps until the deadline (or a change), then
/// raises the flag once.
fn watch(shared: &(Mutex<State>, Condvar), interrupt: &AtomicBool) {
    let (lock, cvar) = shared;
    let Ok(mut st) = lock.lock() else { return };
    while !st.stop {
        st = match st.deadline {
            None => match cvar.wait(st) {
                Ok(g) => g,
                Err(_) => return,
            },
            Some(d) if Instant::now() >= d => {
                interrupt.store(true, Ordering::Relaxed);
                st.fired = true;
                st.deadline = None;
                st
            }
            Some(d) => match cvar.wait_timeout(st, d.saturating_duration_since(Instant::now())) {
                Ok((g, _)) => g,
                Err(_) => return,
            },
        };
    }
}
