//! Green threads: every Python thread runs inside this one VM, and the VM
//! switches between them as CPython's GIL does: after a switch interval
//! (counted in instructions, so `count += 1` can be cut between its
//! LOAD_DEREF and STORE_DEREF) and when a thread blocks (a lock, `join`,
//! `time.sleep`). The schedule is round robin and has no randomness: the
//! same program with the same interval interleaves the same way every run.
//! `--thread-seed N` makes it random but repeatable: each slice's length
//! (1 to the interval) and the next thread come from a generator seeded
//! with N, so a race shows, and shows the same way, every run.
//!
//! ```text
//!   frames: [main ...][thread 2's frames]      thread 2 runs on top of main
//!                      └ base frame (entry) ── a switch saves them into its record
//!   records: main: OnStack, 2: OnStack, 3: Suspended(frames, slots, wait), 4: New(f, args)
//! ```
//!
//! A thread is suspended by leaving the dispatch loop with the switch
//! signal (`Exc::switch`), which only happens when its frames are flat
//! above its base frame (no Rust call in between). Otherwise it keeps its
//! place on the Rust stack and runs the others on top of itself until it
//! can go on (`wait_here`); main always does so.
//!
//! While only main exists nothing here runs: the dispatch loop has no
//! instruction hook (`Vm::tracing` is false).

use super::dispatch::Flow;
use super::{Frame, Vm};
use crate::exception::{Exc, PyResult};
use crate::value::{Instance, Name, Value};
use std::rc::Rc;
use std::time::{Duration, Instant};

/// CPython's default switch interval, 5 ms; cellar counts one instruction
/// per microsecond of it.
pub const DEFAULT_INTERVAL: f64 = 0.005;

/// All threads of the interpreter. Index 0 is the main thread.
pub struct Threads {
    list: Vec<Record>,
    /// The running thread (an index into `list`).
    current: usize,
    /// The thread that last got a slice: the round robin goes on after it.
    last: usize,
    /// Some thread other than main is alive: the dispatch loop counts
    /// instructions.
    pub(crate) on: bool,
    /// The switch interval in seconds, as `sys.getswitchinterval` says.
    pub(crate) interval: f64,
    countdown: u32,
    /// Threads started so far (the next ident follows main's by this).
    started: i64,
    /// The random schedule's generator state (`--thread-seed`), if any.
    rng: Option<u64>,
    /// Why the running thread left the dispatch loop with `Exc::switch`.
    signal: Option<Signal>,
    /// A builtin was called by an instruction (CALL, BEFORE_WITH), not from
    /// Rust: only then may it suspend its thread.
    pub(crate) direct_call: bool,
}

struct Record {
    ident: i64,
    state: State,
    /// Locks released when the thread ends (`_thread._set_sentinel`).
    sentinels: Vec<Rc<Instance>>,
    /// The thread's `sys.exc_info()` while another runs.
    handling: Value,
    /// What it runs (for the report of an exception that leaves it).
    function: Value,
}

enum State {
    /// Started, not run yet: the function and its arguments.
    New(Value, Vec<Value>, Vec<(Name, Value)>),
    /// Running, or waiting on the Rust stack under the running thread;
    /// `base` is the index of its first frame.
    OnStack {
        base: usize,
    },
    Suspended(Suspended),
    Done,
}

/// A thread taken off the VM: its frames (bases relative to its first
/// slot) and stack, and what it waits for (the result of the call that
/// waited is pushed when it resumes).
struct Suspended {
    frames: Vec<Frame>,
    slots: Vec<Value>,
    kw_names: Option<Rc<crate::value::Tuple>>,
    wait: Option<Wait>,
}

enum Signal {
    Preempt,
    Block(Wait),
}

/// What a blocked thread waits for; `poll` says when it may go on and
/// with what value (the result of the call that blocked).
pub enum Wait {
    /// A `_thread.lock` or `_thread.RLock`, until an optional deadline.
    Lock(Rc<Instance>, Option<Instant>),
    /// `time.sleep`.
    Until(Instant),
}

impl Wait {
    fn poll(&self, me: i64, now: Instant) -> Option<Value> {
        match self {
            Wait::Lock(lock, deadline) => {
                if crate::builtins::thread_lock::try_take(lock, me) {
                    Some(Value::Bool(true))
                } else if deadline.is_some_and(|d| now >= d) {
                    Some(Value::Bool(false))
                } else {
                    None
                }
            }
            Wait::Until(t) => (now >= *t).then_some(Value::None),
        }
    }

    fn deadline(&self) -> Option<Instant> {
        match self {
            Wait::Lock(_, d) => *d,
            Wait::Until(t) => Some(*t),
        }
    }
}

impl Default for Threads {
    fn default() -> Threads {
        Threads {
            list: vec![Record {
                ident: main_ident(),
                state: State::OnStack { base: 0 },
                sentinels: Vec::new(),
                handling: Value::None,
                function: Value::None,
            }],
            current: 0,
            last: 0,
            started: 0,
            on: false,
            interval: DEFAULT_INTERVAL,
            countdown: interval_instructions(DEFAULT_INTERVAL),
            rng: seed(),
            signal: None,
            direct_call: false,
        }
    }
}

/// The main thread's ident: a fixed number shaped like CPython's.
fn main_ident() -> i64 {
    140_000_000_000_000
}

/// `--thread-seed N` for every interpreter of the process (0: none).
static SEED: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// Sets the random schedule's seed (`--thread-seed`).
pub fn set_seed(seed: u64) {
    SEED.store(seed, std::sync::atomic::Ordering::Relaxed);
}

fn seed() -> Option<u64> {
    let s = SEED.load(std::sync::atomic::Ordering::Relaxed);
    (s != 0).then_some(s)
}

/// xorshift64*: a small generator, enough to shuffle a schedule.
fn next_random(state: &mut u64) -> u64 {
    let mut x = *state;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    *state = x;
    x.wrapping_mul(0x2545_f491_4f6c_dd1d)
}

fn interval_instructions(secs: f64) -> u32 {
    ((secs * 1e6).round() as u32).max(1)
}

impl Threads {
    /// `threading.get_ident()` of the running thread.
    pub fn ident(&self) -> i64 {
        self.list[self.current].ident
    }

    /// Did the running thread leave the dispatch loop to be switched out?
    /// (A switch signal without one only moves to the traced loop.)
    pub(crate) fn signalled(&self) -> bool {
        self.signal.is_some()
    }

    /// Is the running thread the main one?
    pub fn in_main(&self) -> bool {
        self.current == 0
    }

    /// `sys.setswitchinterval`.
    pub fn set_interval(&mut self, secs: f64) {
        self.interval = secs;
        self.countdown = interval_instructions(secs);
    }

    /// Drops the records of threads that ended; only when main alone
    /// runs (no index is held on the Rust stack).
    fn forget_ended(&mut self) {
        if self.current != 0 || self.frames_on_stack() {
            return;
        }
        self.list
            .retain(|r| !matches!(r.state, State::Done) || r.ident == main_ident());
        self.last = 0;
    }

    /// Does a thread other than main have frames on the VM?
    fn frames_on_stack(&self) -> bool {
        let on = |r: &Record| matches!(r.state, State::OnStack { .. });
        self.list.iter().skip(1).any(on)
    }

    /// How many threads are alive (`threading._count`).
    pub fn alive(&self) -> usize {
        self.list
            .iter()
            .filter(|r| !matches!(r.state, State::Done))
            .count()
    }

    /// A thread that could run now: round robin after the last to run,
    /// or a random one under `--thread-seed`.
    fn next_runnable(&mut self, now: Instant) -> Option<usize> {
        let n = self.list.len();
        let order = (1..=n).map(|k| (self.last + k) % n);
        if self.rng.is_none() {
            return order.into_iter().find(|&t| self.runnable(t, now));
        }
        let ready: Vec<usize> = order.filter(|&t| self.runnable(t, now)).collect();
        let rng = self.rng.as_mut()?;
        let pick = next_random(rng) % ready.len().max(1) as u64;
        ready.get(pick as usize).copied()
    }

    /// The next slice's length in instructions.
    fn slice(&mut self) -> u32 {
        let n = interval_instructions(self.interval);
        match self.rng.as_mut() {
            Some(rng) => 1 + (next_random(rng) % u64::from(n)) as u32,
            None => n,
        }
    }

    fn runnable(&self, t: usize, now: Instant) -> bool {
        match &self.list[t].state {
            State::New(..) => true,
            State::Suspended(s) => match &s.wait {
                None => true,
                Some(w) => w.poll_peek(self.list[t].ident, now),
            },
            _ => false,
        }
    }

    /// The earliest deadline any suspended thread waits for.
    fn earliest_deadline(&self) -> Option<Instant> {
        self.list
            .iter()
            .filter_map(|r| match &r.state {
                State::Suspended(s) => s.wait.as_ref().and_then(Wait::deadline),
                _ => None,
            })
            .min()
    }
}

impl Wait {
    /// Could `poll` succeed now? (without taking the lock)
    fn poll_peek(&self, me: i64, now: Instant) -> bool {
        match self {
            Wait::Lock(lock, deadline) => {
                crate::builtins::thread_lock::could_take(lock, me)
                    || deadline.is_some_and(|d| now >= d)
            }
            Wait::Until(t) => now >= *t,
        }
    }
}

impl Vm {
    /// `_thread.start_new_thread(function, args, kwargs)`: a new thread,
    /// ready to run at the next switch; its ident.
    pub fn start_thread(
        &mut self,
        function: Value,
        args: Vec<Value>,
        kwargs: Vec<(Name, Value)>,
    ) -> i64 {
        self.threads.started += 1;
        let ident = main_ident() + self.threads.started;
        self.threads.list.push(Record {
            ident,
            state: State::New(function.clone(), args, kwargs),
            sentinels: Vec::new(),
            handling: Value::None,
            function,
        });
        self.threads.on = true;
        ident
    }

    /// Waits for every non-daemon thread (`threading._shutdown`), as
    /// CPython does when the main module ends; cellar also does it after
    /// each REPL input, since its threads run only while Python code does.
    pub fn join_threads(&mut self) -> PyResult<()> {
        let module = self.heap.modules.borrow().get("threading").cloned();
        if let Some(module) = module
            && self.threads.alive() > 1
        {
            let shutdown = self.get_attr(&module, "_shutdown")?;
            self.call(&shutdown, Vec::new())?;
        }
        self.threads.forget_ended();
        Ok(())
    }

    /// `_thread._set_sentinel()`: `lock` is released when the running
    /// thread ends.
    pub fn add_sentinel(&mut self, lock: Rc<Instance>) {
        let t = self.threads.current;
        self.threads.list[t].sentinels.push(lock);
    }

    /// Called by a builtin that must wait (a held lock, `sleep`): returns
    /// the value the call gives once `wait` is over. The thread is
    /// suspended when it can be; otherwise the others run on top of it.
    pub fn block(&mut self, wait: Wait) -> PyResult<Value> {
        let me = self.threads.ident();
        if let Some(v) = wait.poll(me, Instant::now()) {
            return Ok(v);
        }
        if self.threads.direct_call && self.suspendable() {
            self.threads.signal = Some(Signal::Block(wait));
            return Err(Exc::switch());
        }
        self.wait_here(wait)
    }

    /// Can the running thread leave the dispatch loop here: not main, and
    /// no Rust call between its first frame and the top one?
    fn suspendable(&self) -> bool {
        let t = self.threads.current;
        let State::OnStack { base } = self.threads.list[t].state else {
            return false;
        };
        t != 0 && self.frames.len() > base && self.frames[base + 1..].iter().all(|f| !f.entry)
    }

    /// The instruction hook while threads are on: counts down the switch
    /// interval; at zero, another thread runs. `ip` is the instruction
    /// about to run in the top frame.
    pub(crate) fn switch_point(&mut self, ip: usize) -> PyResult<()> {
        self.threads.countdown = self.threads.countdown.saturating_sub(1);
        if self.threads.countdown > 0 {
            return Ok(());
        }
        self.threads.countdown = self.threads.slice();
        // A thread on top of another always hands control back down: the
        // one under it may be able to go on now.
        if self.suspendable() {
            if let Some(top) = self.frames.last_mut() {
                top.ip = ip;
            }
            self.threads.signal = Some(Signal::Preempt);
            return Err(Exc::switch());
        }
        match self.threads.next_runnable(Instant::now()) {
            Some(next) => self.run_slice(next),
            None => Ok(()),
        }
    }

    /// Runs the others on top of the running thread until `wait` is over.
    fn wait_here(&mut self, wait: Wait) -> PyResult<Value> {
        let me = self.threads.current;
        loop {
            let now = Instant::now();
            if let Some(v) = wait.poll(self.threads.list[me].ident, now) {
                return Ok(v);
            }
            self.check_interrupt()?;
            match self.threads.next_runnable(now) {
                Some(t) => self.run_slice(t)?,
                None => self.idle(wait.deadline()),
            }
        }
    }

    /// Nothing can run: sleep until the earliest deadline (at most 20 ms,
    /// so Ctrl-C is heard). With no deadline at all this is a deadlock,
    /// which waits for Ctrl-C as CPython's does.
    fn idle(&mut self, mine: Option<Instant>) {
        self.flush_out();
        let until = match (mine, self.threads.earliest_deadline()) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        let slice = Duration::from_millis(20);
        let nap = until.map_or(slice, |u| {
            u.saturating_duration_since(Instant::now()).min(slice)
        });
        std::thread::sleep(nap);
    }

    /// Runs thread `t` on top of the stack until it ends, blocks or is
    /// preempted; the running thread's state is back in place afterwards.
    fn run_slice(&mut self, t: usize) -> PyResult<()> {
        let me = self.threads.current;
        let state = std::mem::replace(&mut self.threads.list[t].state, State::Done);
        let handling = std::mem::replace(&mut self.threads.list[t].handling, Value::None);
        self.threads.list[me].handling = std::mem::replace(&mut self.handling, handling);
        let kw_names = self.kw_names.take();
        // A full interval for `t` (the hook also runs before the
        // instruction it resumes at); the running thread keeps what it had.
        let countdown = self.threads.countdown;
        self.threads.countdown = self.threads.slice().saturating_add(1);
        self.threads.current = t;
        self.threads.last = t;
        let base = self.frames.len();
        let slots = self.stack.len();
        self.threads.list[t].state = State::OnStack { base };
        let result = self.enter_thread(state);
        let ended = self.leave_thread(t, base, slots, result);
        self.threads.current = me;
        self.threads.countdown = countdown;
        self.kw_names = kw_names;
        let mine = std::mem::replace(&mut self.threads.list[me].handling, Value::None);
        self.threads.list[t].handling = std::mem::replace(&mut self.handling, mine);
        if ended {
            self.thread_ended(t);
        }
        Ok(())
    }

    /// Puts thread `t`'s frames on the VM and runs them.
    fn enter_thread(&mut self, state: State) -> PyResult<Flow> {
        match state {
            State::New(function, args, kwargs) => self.first_run(function, args, kwargs),
            State::Suspended(s) => {
                let base = self.stack.len();
                self.stack.extend(s.slots);
                for mut frame in s.frames {
                    frame.base += base;
                    self.frames.push(frame);
                }
                self.kw_names = s.kw_names;
                if let Some(wait) = s.wait {
                    let v = wait.poll(self.threads.ident(), Instant::now());
                    self.push(v.unwrap_or(Value::None));
                }
                self.run_flow()
            }
            State::OnStack { .. } | State::Done => Ok(Flow::Return(Value::None)),
        }
    }

    /// A new thread's first slice: a Python function gets an entry frame
    /// (so it can be suspended); anything else is called to the end.
    fn first_run(
        &mut self,
        function: Value,
        mut args: Vec<Value>,
        kwargs: Vec<(Name, Value)>,
    ) -> PyResult<Flow> {
        let func = match function {
            Value::Method(m) if matches!(m.func, Value::Function(_)) => {
                args.insert(0, m.this.clone());
                m.func.clone()
            }
            other => other,
        };
        let Value::Function(f) = func else {
            return self.call_value(&func, args, kwargs).map(Flow::Return);
        };
        let kwargs = kwargs
            .into_iter()
            .map(|(n, v)| (crate::value::PyStr::rc(&n), v))
            .collect();
        self.push_function_frame(f, args, kwargs, true)?;
        self.run_flow()
    }

    /// After thread `t` left the VM: saves it if it was switched out;
    /// true if it ended.
    fn leave_thread(
        &mut self,
        t: usize,
        base: usize,
        slots: usize,
        result: PyResult<Flow>,
    ) -> bool {
        match result {
            Err(e) if e.is_switch() => {
                let wait = match self.threads.signal.take() {
                    Some(Signal::Block(w)) => Some(w),
                    _ => None,
                };
                let mut frames = self.frames.split_off(base);
                for f in &mut frames {
                    f.base -= slots;
                }
                self.threads.list[t].state = State::Suspended(Suspended {
                    frames,
                    slots: self.stack.split_off(slots),
                    kw_names: self.kw_names.take(),
                    wait,
                });
                false
            }
            Ok(_) => true,
            Err(e) => {
                self.unhandled_in_thread(t, &e);
                true
            }
        }
    }

    /// An exception that left a thread's function (`_thread` threads only:
    /// `threading.Thread` catches its own): reported as CPython does.
    fn unhandled_in_thread(&mut self, t: usize, e: &Exc) {
        let function = std::mem::replace(&mut self.threads.list[t].function, Value::None);
        let what = self.repr(&function).unwrap_or_default();
        let lines = crate::traceback::TracebackLines::of(e);
        let text = crate::traceback::format_exception(self, e, &lines);
        self.write_err(&format!(
            "Exception ignored in thread started by: {what}\n{text}"
        ));
    }

    /// Thread `t` ended: its sentinel locks are released.
    fn thread_ended(&mut self, t: usize) {
        self.threads.list[t].state = State::Done;
        self.threads.list[t].function = Value::None;
        for lock in std::mem::take(&mut self.threads.list[t].sentinels) {
            crate::builtins::thread_lock::release_raw(&lock);
        }
        self.threads.on = self.threads.alive() > 1;
    }
}

/// What the snapshot shows of threads.
impl Vm {
    /// For each frame of `frames`, the thread it belongs to when that is
    /// not main (a thread running on top of another).
    pub(crate) fn frame_threads(&self) -> Vec<Option<String>> {
        let mut owners = vec![None; self.frames.len()];
        for (t, r) in self.threads.list.iter().enumerate().skip(1) {
            if let State::OnStack { base } = r.state {
                let label = self.threads.label(t);
                for o in owners.iter_mut().skip(base) {
                    *o = Some(label.clone());
                }
            }
        }
        owners
    }

    /// The frames of threads switched out, outermost first, with their
    /// thread's name and their local slots.
    pub(crate) fn switched_out_frames(&self) -> Vec<(String, &Frame, &[Value])> {
        let mut out = Vec::new();
        for (t, r) in self.threads.list.iter().enumerate() {
            let State::Suspended(s) = &r.state else {
                continue;
            };
            for f in &s.frames {
                let end = (f.base + f.code.nlocalsplus()).min(s.slots.len());
                out.push((self.threads.label(t), f, &s.slots[f.base.min(end)..end]));
            }
        }
        out
    }
}

impl Threads {
    /// A thread's name: its `threading.Thread`'s, or `thread <ident>` for
    /// one started with `_thread`.
    fn label(&self, t: usize) -> String {
        let r = &self.list[t];
        if let Value::Method(m) = &r.function
            && let Value::Instance(i) = &m.this
            && let Some(Value::Str(name)) = i.dict.get_str("_name")
        {
            return name.as_str().to_string();
        }
        format!("thread {}", r.ident)
    }
}

/// The switch signal: never seen by Python code (the dispatch loop hands it
/// straight to the scheduler, past every handler).
impl Exc {
    pub fn switch() -> Exc {
        SWITCH.with(|e| e.clone())
    }

    pub fn is_switch(&self) -> bool {
        SWITCH.with(|e| Rc::ptr_eq(&e.value, &self.value))
    }
}

thread_local! {
    static SWITCH: Exc = Exc::runtime_error("cellar: thread switch");
}
