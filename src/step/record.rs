//! The recorder: a `vm::Tracer` that turns a run into steps.
//!
//! Before each instruction it mirrors the VM's frame stack (a frame it has
//! not seen is a call, or a generator resuming), notices a new line, and
//! notes what the instruction is about to do to a cell or a function. An
//! instruction's effect is recorded at the next hook, once it has happened:
//!
//! ```text
//!     hook(i):   commit pending effects of i-1 ─▶ calls/resumes ─▶ line ─▶ note what i will do
//!     exception: raised / caught / left a frame, recorded at once
//! ```

use super::capture::{Calls, Captured, Tracked, exc_words};
use super::describe::describe;
use super::{Change, End, Kind, Recorded, Recording, Step};
use crate::code::{Code, Instr, make_function};
use crate::exception::{Exc, PyResult};
use crate::interpreter::{Capture, Interpreter};
use crate::value::{CellObj, Generator, Name, Value};
use crate::vm::{ExcEvent, Tracer, Vm};
use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// How many characters a value gets in an event's words.
const WORDS_BUDGET: usize = 40;

/// Runs `code` in `interp` under a recorder.
pub(super) fn run(
    interp: &mut Interpreter,
    code: Rc<Code>,
    source: &str,
    limit: usize,
) -> Recorded {
    let out = Capture::default();
    let vm = interp.vm();
    let first_cell = vm.heap.peek_next_cell_id();
    let recorder = Rc::new(RefCell::new(Recorder::new(
        limit,
        out.clone(),
        &code,
        first_cell,
    )));
    let printed = std::mem::replace(&mut vm.out, Box::new(out.clone()));
    let before = vm.set_tracer(Some(Box::new(Hook(recorder.clone()))));
    recorder.borrow_mut().base = vm.frames.len();
    let result = interp.run(code);
    let vm = interp.vm();
    vm.set_tracer(before);
    vm.out = printed;
    let mut rec = recorder.borrow_mut();
    let exception = match &result {
        Err(e) if rec.stopped.is_none() => {
            let report = crate::traceback::format_exception(vm, e, &NoSource);
            out.0.borrow_mut().extend_from_slice(report.as_bytes());
            Some(e.clone())
        }
        _ => None,
    };
    rec.finish(vm, result.as_ref().err());
    Recorded {
        recording: rec.recording(source, out.take()),
        exception,
    }
}

/// Typed inputs have no file to read source lines from.
struct NoSource;

impl crate::traceback::SourceLookup for NoSource {
    fn line(&self, _: &str, _: u32) -> Option<String> {
        None
    }
}

/// The tracer the VM holds: the recorder, shared with `run`.
struct Hook(Rc<RefCell<Recorder>>);

impl Tracer for Hook {
    fn instruction(&mut self, vm: &mut Vm, ip: usize, instr: Instr) -> PyResult<()> {
        self.0.borrow_mut().instruction(vm, ip, instr)
    }

    fn exception(&mut self, vm: &mut Vm, event: ExcEvent, exc: &Exc) {
        self.0.borrow_mut().exception(vm, event, exc)
    }

    fn cell_written(&mut self, vm: &mut Vm, cell: &CellObj, old: Option<Value>) {
        self.0.borrow_mut().cell_written(vm, cell, old)
    }

    fn generator(&mut self, _: &mut Vm, generator: &Rc<Generator>, resuming: bool) {
        self.0.borrow_mut().generator(generator, resuming)
    }
}

/// A frame the recorder has seen: which call it is, where it was.
struct Live {
    code: Rc<Code>,
    base: usize,
    call: usize,
    last_line: u32,
    last_ip: usize,
}

/// An instruction's effect, recorded at the next hook.
enum Pending {
    MakeCell {
        slot: usize,
        call: usize,
    },
    Write {
        cell: Rc<CellObj>,
        name: Name,
        who: Rc<str>,
        old: Option<Rc<str>>,
        delete: bool,
        line: u32,
    },
    MakeFunction,
    Return {
        call: usize,
        value: Rc<str>,
    },
    Yield {
        call: usize,
        value: Rc<str>,
    },
    /// RETURN_GENERATOR: the call's frame moves into a new generator.
    NewGenerator {
        call: usize,
    },
}

pub(super) struct Recorder {
    limit: usize,
    out: Capture,
    /// How many VM frames were there before the run (they are not shown).
    base: usize,
    mirror: Vec<Live>,
    pending: Vec<Pending>,
    steps: Vec<Step>,
    stopped: Option<End>,
    /// An exception escaped the run.
    escaped: bool,
    tracked: Tracked,
    /// The last exception seen, and what happened to it (a Left one raised
    /// again by the caller's frame is the same exception travelling).
    last_exc: Option<(usize, ExcEvent)>,
    /// The generator being resumed (its frame is the next new frame).
    resuming: Option<Weak<Generator>>,
}

impl Recorder {
    fn new(limit: usize, out: Capture, code: &Rc<Code>, first_new_cell: u32) -> Recorder {
        let mut tracked = Tracked::default();
        tracked.note_code(code);
        tracked.first_new_cell = first_new_cell;
        Recorder {
            limit: limit.max(1),
            out,
            base: 0,
            mirror: Vec::new(),
            pending: Vec::new(),
            steps: Vec::new(),
            stopped: None,
            escaped: false,
            tracked,
            last_exc: None,
            resuming: None,
        }
    }

    fn calls(&mut self) -> &mut Calls {
        &mut self.tracked.calls
    }

    fn instruction(&mut self, vm: &mut Vm, ip: usize, instr: Instr) -> PyResult<()> {
        if self.stopped.is_some() {
            return Err(Exc::keyboard_interrupt());
        }
        if vm
            .interrupt
            .swap(false, std::sync::atomic::Ordering::Relaxed)
        {
            self.stop(vm, End::Interrupted);
            return Err(Exc::keyboard_interrupt());
        }
        self.commit_pending(vm);
        self.follow_frames(vm, ip);
        self.line(vm, ip, instr);
        self.note(vm, ip, instr);
        if self.steps.len() >= self.limit {
            self.stop(vm, End::Limit(self.limit));
            return Err(Exc::keyboard_interrupt());
        }
        Ok(())
    }

    /// Stops the run: every later instruction raises, until it has left.
    fn stop(&mut self, vm: &mut Vm, why: End) {
        self.commit_pending(vm);
        self.stopped = Some(why);
    }

    /// Records a step now, with the state as it is.
    fn commit(&mut self, vm: &mut Vm, kind: Kind, words: String, change: Option<Change>) {
        self.commit_at(vm, kind, words, change, None);
    }

    /// Records a step; `line` is where the innermost frame is, when that is
    /// not its next instruction's line (an effect recorded after it ran).
    fn commit_at(
        &mut self,
        vm: &mut Vm,
        kind: Kind,
        words: String,
        change: Option<Change>,
        line: Option<u32>,
    ) {
        if self.steps.len() >= self.limit {
            return;
        }
        let mut at = self.top_at(vm);
        if let (Some(at), Some(line)) = (at.as_mut(), line) {
            at.1 = line;
        }
        let calls: Vec<usize> = self.mirror.iter().map(|l| l.call).collect();
        let top_line = at.as_ref().map(|a| a.1);
        let Captured {
            frames,
            suspended,
            returned,
            cells,
        } = self.tracked.capture(vm, self.base, &calls, top_line);
        self.steps.push(Step {
            kind,
            words,
            at,
            frames,
            suspended,
            returned,
            cells,
            change,
            output: self.out.0.borrow().len(),
        });
    }

    /// The innermost running frame's code and line (a frame that has not
    /// reached its first line is at its `def`).
    fn top_at(&self, vm: &Vm) -> Option<(Rc<Code>, u32)> {
        let f = vm.frames.get(self.base..)?.last()?;
        let line = match f.line() {
            0 => f.code.firstlineno,
            n => n,
        };
        Some((f.code.clone(), line))
    }

    // ----- frames: calls, resumes, returns -------------------------------

    /// Brings the mirror up to date: frames gone are forgotten, a new one
    /// is a call or a generator resuming.
    fn follow_frames(&mut self, vm: &mut Vm, ip: usize) {
        self.drop_gone_frames(vm);
        while self.base + self.mirror.len() < vm.frames.len() {
            let fi = self.base + self.mirror.len();
            let fresh = fi + 1 == vm.frames.len() && ip == 0;
            self.enter_frame(vm, fi, fresh);
        }
    }

    /// Forgets mirrored frames the VM no longer has (a generator function's
    /// frame after RETURN_GENERATOR, a frame an exception left).
    fn drop_gone_frames(&mut self, vm: &Vm) {
        let keep = self
            .mirror
            .iter()
            .zip(vm.frames.iter().skip(self.base))
            .take_while(|(m, f)| Rc::ptr_eq(&m.code, &f.code) && m.base == f.base)
            .count();
        while self.mirror.len() > keep {
            let gone = self
                .mirror
                .pop()
                .expect("invariant: mirror is longer than keep");
            self.calls().finish(gone.call);
        }
    }

    fn enter_frame(&mut self, vm: &mut Vm, fi: usize, fresh: bool) {
        let frame = &vm.frames[fi];
        let code = frame.code.clone();
        self.tracked.note_code(&code);
        if let Some(f) = &frame.func {
            self.tracked.note_function(f);
        }
        let resumed = self.resuming.take().and_then(|g| g.upgrade());
        let call = match &resumed {
            Some(g) => self.calls().resume(g, &code),
            None => self.calls().start(&code, frame.class_ns.is_some()),
        };
        let started = matches!(
            code.instrs.get(frame.ip.wrapping_sub(2)),
            Some(Instr::ReturnGenerator)
        );
        if resumed.is_some() {
            self.claim_own_cells(vm, fi, call);
        }
        self.mirror.push(Live {
            code: code.clone(),
            base: frame.base,
            call,
            last_line: 0,
            last_ip: 0,
        });
        let title = self.tracked.calls.title(call);
        if fi == self.base || (fresh && (code.is_generator() || code.is_coroutine())) {
            return; // the run itself; or a generator is made, its frame runs from its first next()
        }
        let (kind, words) = match (resumed.is_some(), fresh, started) {
            (false, _, _) => (Kind::Call, format!("{} is called", self.call_words(vm, fi))),
            (true, _, true) => (Kind::Generator, format!("{title} starts (first next)")),
            (true, _, false) => (Kind::Generator, format!("{title} resumes")),
        };
        self.commit(vm, kind, words, None);
    }

    /// A resumed generator's frame made the cells in its cell variables
    /// (perhaps before the run began).
    fn claim_own_cells(&mut self, vm: &Vm, fi: usize, call: usize) {
        let frame = &vm.frames[fi];
        for (k, (_, kind)) in frame.code.localsplus.iter().enumerate() {
            if *kind == crate::code::SlotKind::Cell
                && let Some(Value::Cell(c)) = vm.stack.get(frame.base + k)
            {
                let c = c.clone();
                self.tracked.note_cell(&c, Some(call));
            }
        }
    }

    /// `make_adder(n=5)`: the call's title with its parameters' values.
    fn call_words(&self, vm: &Vm, fi: usize) -> String {
        let frame = &vm.frames[fi];
        let code = &frame.code;
        let title = self.tracked.calls.title(self.mirror[fi - self.base].call);
        let Some(name) = title.strip_suffix("()") else {
            return title.to_string();
        };
        let nparams = code.argcount
            + code.kwonlyargcount
            + u32::from(code.flags & crate::code::flags::VARARGS != 0)
            + u32::from(code.flags & crate::code::flags::VARKEYWORDS != 0);
        let args: Vec<String> = code
            .varnames
            .iter()
            .take(nparams as usize)
            .enumerate()
            .filter(|(_, n)| !n.starts_with('.'))
            .filter_map(|(k, n)| {
                let v = match vm.stack.get(frame.base + k)? {
                    Value::Cell(c) => c.get()?,
                    Value::Null => return None,
                    v => v.clone(),
                };
                Some(format!("{n}={}", describe(&v, 20)))
            })
            .collect();
        format!("{name}({})", args.join(", "))
    }

    // ----- lines ---------------------------------------------------------

    /// A line starts when the top frame reaches an instruction of another
    /// line, or jumps back to the same one (a one-line loop).
    fn line(&mut self, vm: &mut Vm, ip: usize, instr: Instr) {
        let Some(live) = self.mirror.last_mut() else {
            return;
        };
        let line = live.code.lines.get(ip).copied().unwrap_or(0);
        let after_start = ip > 0 && matches!(live.code.instrs[ip - 1], Instr::ReturnGenerator);
        let silent = after_start
            || matches!(
                instr,
                Instr::Resume(_)
                    | Instr::MakeCell(_)
                    | Instr::CopyFreeVars(_)
                    | Instr::ReturnGenerator
            );
        let new = line != 0 && !silent && (line != live.last_line || ip <= live.last_ip);
        live.last_ip = ip;
        if line != 0 && !silent {
            live.last_line = line;
        }
        if new {
            let title = self.tracked.calls.title(live.call);
            let words = match &*title {
                "<module>" => format!("line {line}"),
                t => format!("line {line} in {}", t.trim_end_matches("()")),
            };
            self.commit(vm, Kind::Line, words, None);
        }
    }

    // ----- what an instruction will do -----------------------------------

    fn note(&mut self, vm: &mut Vm, ip: usize, instr: Instr) {
        let Some(live) = self.mirror.last() else {
            return;
        };
        let (call, base) = (live.call, live.base);
        let code = live.code.clone();
        match instr {
            Instr::MakeCell(i) => self.pending.push(Pending::MakeCell {
                slot: base + i as usize,
                call,
            }),
            Instr::StoreDeref(i) | Instr::DeleteDeref(i) => {
                let Some(Value::Cell(cell)) = vm.stack.get(base + i as usize) else {
                    return;
                };
                let cell = cell.clone();
                self.tracked.note_cell(&cell, None);
                let pending = Pending::Write {
                    old: cell.get().map(|v| Rc::from(describe(&v, WORDS_BUDGET))),
                    name: code.localsplus[i as usize].0.clone(),
                    who: self.tracked.calls.title(call),
                    delete: matches!(instr, Instr::DeleteDeref(_)),
                    cell,
                    line: code.lines.get(ip).copied().unwrap_or(0),
                };
                self.pending.push(pending);
            }
            Instr::LoadDeref(i) | Instr::LoadClosure(i) | Instr::LoadClassDeref(i) => {
                if let Some(Value::Cell(cell)) = vm.stack.get(base + i as usize) {
                    let cell = cell.clone();
                    self.tracked.note_cell(&cell, None);
                }
            }
            Instr::MakeFunction(flags) if flags & make_function::CLOSURE != 0 => {
                self.pending.push(Pending::MakeFunction)
            }
            Instr::ReturnValue if self.mirror.len() > 1 || self.base > 0 => {
                let value = top_words(vm);
                self.pending.push(Pending::Return { call, value });
            }
            Instr::YieldValue => {
                let value = top_words(vm);
                self.pending.push(Pending::Yield { call, value });
            }
            Instr::ReturnGenerator => self.pending.push(Pending::NewGenerator { call }),
            _ => {}
        }
    }

    /// Records the effects of the instructions noted at the last hook.
    fn commit_pending(&mut self, vm: &mut Vm) {
        for p in std::mem::take(&mut self.pending) {
            self.commit_one(vm, p);
        }
    }

    fn commit_one(&mut self, vm: &mut Vm, p: Pending) {
        match p {
            Pending::MakeCell { slot, call } => {
                let Some(Value::Cell(cell)) = vm.stack.get(slot) else {
                    return;
                };
                let cell = cell.clone();
                self.tracked.note_cell(&cell, Some(call));
                let name = self.tracked.slot_name(vm, slot);
                let who = self.tracked.calls.title(call);
                let words = format!("{who} makes cell#{} for {name}", cell.id);
                self.commit(vm, Kind::Cell, words, None);
            }
            Pending::Write {
                cell,
                name,
                who,
                old,
                delete,
                line,
            } => self.commit_write(vm, &cell, (name, &who, line), old, delete),
            Pending::MakeFunction => self.commit_function(vm),
            Pending::Return { call, value } => {
                self.drop_gone_frames(vm);
                let title = self.tracked.calls.title(call);
                self.commit(vm, Kind::Return, format!("{title} returns {value}"), None);
            }
            Pending::NewGenerator { call } => {
                if let Some(Value::Generator(g)) = vm.stack.last() {
                    let g = g.clone();
                    self.calls().bind_generator(call, &g);
                }
            }
            Pending::Yield { call, value } => {
                self.drop_gone_frames(vm);
                self.calls().suspend(call);
                let title = self.tracked.calls.title(call);
                let words = format!("{title} suspends, yielding {value}");
                self.commit(vm, Kind::Generator, words, None);
            }
        }
    }

    /// A cell written or emptied by `who` at `line` through variable `name`.
    fn commit_write(
        &mut self,
        vm: &mut Vm,
        cell: &Rc<CellObj>,
        (name, who, line): (Name, &str, u32),
        old: Option<Rc<str>>,
        delete: bool,
    ) {
        let new = cell.get().map(|v| Rc::from(describe(&v, WORDS_BUDGET)));
        if delete && (old.is_none() || new.is_some()) {
            return; // the del found the cell empty: it raised instead
        }
        let words = match &new {
            Some(v) => format!(
                "{who} writes {name}: cell#{} {} → {v}",
                cell.id,
                old.as_deref().unwrap_or("(empty)")
            ),
            None => format!("{who} deletes {name}: cell#{} is empty now", cell.id),
        };
        let change = Change {
            cell: cell.id,
            name,
            old,
            new,
        };
        let line = (line != 0).then_some(line);
        self.commit_at(vm, Kind::Cell, words, Some(change), line);
    }

    /// MAKE_FUNCTION with a closure ran: the new function is on the stack.
    fn commit_function(&mut self, vm: &mut Vm) {
        let Some(Value::Function(f)) = vm.stack.last().cloned() else {
            return;
        };
        self.tracked.note_function(&f);
        let cells: Vec<String> = f
            .code
            .freevars
            .iter()
            .zip(f.closure.iter())
            .map(|(n, c)| format!("{n} (cell#{})", c.id))
            .collect();
        let words = format!(
            "function {} is made, closing over {}",
            super::capture::short_qualname(&f.qualname()),
            cells.join(", ")
        );
        self.commit(vm, Kind::Function, words, None);
    }

    // ----- exceptions, cell_contents, generators -------------------------

    fn exception(&mut self, vm: &mut Vm, event: ExcEvent, exc: &Exc) {
        if self.stopped.is_some() {
            return;
        }
        if event == ExcEvent::Raised && is_ctrl_c(vm, exc) {
            // Ctrl-C that the VM's own poll saw first: a stop, as in `instruction`
            return self.stop(vm, End::Interrupted);
        }
        self.commit_pending(vm);
        self.drop_gone_frames(vm);
        let id = Rc::as_ptr(&exc.value) as usize;
        let travelling = self.last_exc == Some((id, ExcEvent::Left));
        self.last_exc = Some((id, event));
        let what = exc_words(exc);
        let kind = exc.value.class.name.clone();
        let words = match event {
            ExcEvent::Raised if travelling => return,
            ExcEvent::Raised => format!("{what} is raised{}", self.where_words(vm)),
            ExcEvent::Caught => match self.mirror.last() {
                Some(live) => {
                    let title = self.tracked.calls.title(live.call);
                    format!(
                        "{kind} is caught by a handler in {}",
                        title.trim_end_matches("()")
                    )
                }
                None => format!("{kind} is caught"),
            },
            ExcEvent::Left => match self.calls().last_finished() {
                Some(title) => format!("{kind} leaves {title}"),
                None => format!("{kind} leaves the frame"),
            },
        };
        self.commit(vm, Kind::Exception, words, None);
    }

    /// ` in f at line 5` for the innermost frame.
    fn where_words(&self, vm: &Vm) -> String {
        let Some(live) = self.mirror.last() else {
            return String::new();
        };
        let line = vm.frames.last().map_or(0, |f| f.line());
        match &*self.tracked.calls.title(live.call) {
            "<module>" => format!(" at line {line}"),
            t => format!(" in {} at line {line}", t.trim_end_matches("()")),
        }
    }

    fn cell_written(&mut self, vm: &mut Vm, cell: &CellObj, old: Option<Value>) {
        if self.stopped.is_some() {
            return;
        }
        let Some(cell) = self.tracked.find_cell(vm, cell) else {
            return;
        };
        let old = old.map(|v| Rc::from(describe(&v, WORDS_BUDGET)));
        let name: Name = Rc::from("cell_contents");
        let who = match self.mirror.last() {
            Some(live) => self.tracked.calls.title(live.call),
            None => Rc::from("<module>"),
        };
        let delete = cell.is_empty();
        let line = vm.frames.last().map_or(0, |f| f.line());
        self.commit_write(
            vm,
            &cell,
            (name, &who, line),
            old.clone(),
            delete && old.is_some(),
        );
    }

    fn generator(&mut self, generator: &Rc<Generator>, resuming: bool) {
        if resuming {
            self.resuming = Some(Rc::downgrade(generator));
        } else {
            self.tracked.calls.note_suspended(generator);
        }
    }

    // ----- the end -------------------------------------------------------

    fn finish(&mut self, vm: &mut Vm, escaped: Option<&Exc>) {
        self.commit_pending(vm);
        self.drop_gone_frames(vm);
        self.escaped = escaped.is_some();
        let words = match (&self.stopped, escaped) {
            (Some(End::Limit(n)), _) => {
                format!("stopped at the step limit ({n} steps; :step --max N changes it)")
            }
            (Some(End::Interrupted), _) => "stopped by Ctrl-C".to_string(),
            (_, Some(e)) => format!("the run ends with {}", exc_words(e)),
            _ => "the run ends".to_string(),
        };
        self.limit = usize::MAX;
        self.commit(vm, Kind::End, words, None);
    }

    fn recording(&mut self, source: &str, output: String) -> Recording {
        let end = match (&self.stopped, self.escaped) {
            (Some(why), _) => why.clone(),
            (None, true) => End::Raised,
            (None, false) => End::Finished,
        };
        Recording {
            source: Rc::from(source),
            steps: std::mem::take(&mut self.steps),
            output,
            end,
        }
    }
}

/// A KeyboardInterrupt the VM raised for Ctrl-C (not a `raise` statement).
fn is_ctrl_c(vm: &Vm, exc: &Exc) -> bool {
    let Some(f) = vm.frames.last() else {
        return false;
    };
    let raising = f.code.instrs.get(f.ip.wrapping_sub(1));
    exc.is(crate::exception::ExcKind::KeyboardInterrupt)
        && !matches!(raising, Some(Instr::RaiseVarargs(_) | Instr::Reraise(_)))
}

/// The value on top of the stack, in words.
fn top_words(vm: &Vm) -> Rc<str> {
    match vm.stack.last() {
        Some(v) => Rc::from(describe(v, WORDS_BUDGET)),
        None => Rc::from("?"),
    }
}

impl Tracked {
    /// The variable name of absolute stack slot `slot` in the top frame.
    fn slot_name(&self, vm: &Vm, slot: usize) -> Name {
        vm.frames
            .iter()
            .rev()
            .find(|f| f.base <= slot)
            .and_then(|f| f.code.localsplus.get(slot - f.base))
            .map_or_else(|| Rc::from("?"), |(n, _)| n.clone())
    }
}
