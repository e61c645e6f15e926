//! The dispatch loop: one `match` over the instruction set, arms kept
//! short; anything longer lives in a helper below or in a sibling module.
//! Python-to-Python calls push a frame and continue the loop; an exception
//! leaves it for `run.rs`, which unwinds through each frame's exception
//! table (CPython 3.11's scheme) and enters it again.

use super::fast::{for_iter_range, int_binary, int_compare};
use super::stack::unreachable_stack;
use super::step::Next;
use super::{Frame, Globals, Vm};
use crate::code::{Code, Instr, SlotKind};
use crate::exception::{Exc, PyResult};
use crate::value::{CellObj, Value};
use std::rc::Rc;

/// How a run of frames ended: the entry frame returned, or it yielded.
pub enum Flow {
    Return(Value),
    Yield(Value),
}

/// What an instruction did to the frame stack.
pub(crate) enum Step {
    /// Keep executing the same frame.
    Next,
    /// The top frame changed (a call pushed one): reload it.
    Switch,
}

impl Vm {
    /// Executes instructions until the entry frame returns or yields, or an
    /// exception escapes an instruction (the frame's `ip` is then saved).
    ///
    /// The hot instructions run here on a raw pointer to the top of the
    /// value stack; the `Vec`'s length is brought up to date (`sync!`)
    /// before anything else looks at the stack, and the pointers are
    /// reloaded after (`reload!`): the general path may grow the stack.
    /// On frame entry and after every general step the stack has room for
    /// `code.stacksize` more values, which bounds what the hot arms push.
    ///
    /// `TRACE` compiles in the tracer's hook before every instruction; the
    /// loop without it (`execute::<false>`) has no trace of tracing.
    pub(super) fn execute<const TRACE: bool>(&mut self) -> PyResult<Flow> {
        // The running frame's state, loaded by `enter!` from the top frame
        // (or set directly by the plain-call path and `resume_caller!`).
        let mut fi: usize;
        let mut code: &Code;
        let mut globals: &Globals;
        let mut base: usize;
        // The first instruction, and the next one, as pointers into `code.instrs`.
        let mut instrs: *const Instr;
        let mut pc: *const Instr;
        // Outside a class body, LOAD_NAME and STORE_NAME are global.
        let mut names_are_global: bool;
        // `locals` is the frame's first fast local, `sp` one past the top.
        let mut locals: *mut Value;
        let mut sp: *mut Value;
        macro_rules! ip {
            () => {
                // SAFETY: pc points into (or one past) `code.instrs`.
                unsafe { pc.offset_from(instrs) as usize }
            };
        }
        macro_rules! jump {
            ($t:expr) => {
                // SAFETY: jump targets are instruction indexes.
                pc = unsafe { instrs.add($t as usize) }
            };
        }
        // Points `locals` and `sp` into the stack's (possibly moved) buffer.
        macro_rules! repoint {
            () => {{
                let start = self.stack.as_mut_ptr();
                // SAFETY: base and len are within the allocation.
                unsafe {
                    locals = start.add(base);
                    sp = start.add(self.stack.len());
                }
            }};
        }
        macro_rules! reload {
            () => {{
                self.stack.reserve(code.stacksize);
                repoint!();
            }};
        }
        // Loads frame `fi`'s state.
        //
        // SAFETY: the frame owns an Rc of its code (and, through its
        // function, of its globals; a module frame's are the Vm's, never
        // replaced) for as long as it runs; neither is used after the frame
        // is popped (every pop is followed by `enter!`, `resume_caller!` or
        // a return).
        macro_rules! load_frame {
            () => {{
                let frame = &self.frames[fi];
                code = unsafe { &*Rc::as_ptr(&frame.code) };
                globals = unsafe { &*Rc::as_ptr(self.frame_globals(fi)) };
                base = frame.base;
                names_are_global = frame.class_ns.is_none();
                instrs = code.instrs.as_ptr();
                // SAFETY: a saved ip is an instruction index of this code.
                pc = unsafe { instrs.add(frame.ip) };
            }};
        }
        // Enters the top frame, making room for its temporaries.
        macro_rules! enter {
            () => {{
                fi = self.frames.len() - 1;
                load_frame!();
                reload!();
            }};
        }
        // Back in the caller after a return: its room for temporaries was
        // made when it was entered (the stack never shrinks its buffer).
        macro_rules! resume_caller {
            () => {{
                // A frame that is not an entry frame has its caller below.
                fi -= 1;
                debug_assert_eq!(fi + 1, self.frames.len());
                load_frame!();
                repoint!();
                debug_assert!(
                    self.stack.capacity() >= base + code.nlocalsplus() + code.stacksize,
                    "invariant: a caller keeps the room it reserved"
                );
            }};
        }
        macro_rules! sync {
            () => {
                // SAFETY: sp and locals point into the same allocation.
                unsafe { self.stack.set_len(base + sp.offset_from(locals) as usize) }
            };
        }
        macro_rules! push {
            ($v:expr) => {{
                let v = $v;
                debug_assert!(
                    (base + unsafe { sp.offset_from(locals) } as usize) < self.stack.capacity()
                );
                // SAFETY: `code.stacksize` slots were reserved above the
                // locals, and the compiler keeps the depth under it.
                unsafe {
                    std::ptr::write(sp, v);
                    sp = sp.add(1);
                }
            }};
        }
        macro_rules! pop {
            () => {{
                // SAFETY: the compiler balances the stack: an instruction
                // pops only what earlier ones pushed in this frame.
                unsafe {
                    sp = sp.sub(1);
                    std::ptr::read(sp)
                }
            }};
        }
        macro_rules! fail {
            ($e:expr) => {{
                let e = $e;
                sync!();
                self.frames[fi].ip = ip!();
                return Err(e);
            }};
        }
        // A backward jump polls for Ctrl-C, and leaves the untraced loop
        // once threads have started (after jumping: the frame resumes
        // at the target).
        macro_rules! leave_at {
            ($t:expr) => {{
                if !self.interrupted() {
                    jump!($t);
                    fail!(Exc::switch());
                }
                fail!(self.take_interrupt());
            }};
        }
        enter!();
        loop {
            // SAFETY: every code object ends in RETURN_VALUE (or a raise)
            // and every jump targets an instruction, so `ip` stays in bounds.
            let instr = unsafe { *pc };
            if TRACE {
                sync!();
                let at = ip!();
                self.frames[fi].ip = at + 1;
                self.trace_instruction(at, instr)?;
                reload!();
            }
            pc = unsafe { pc.add(1) };
            // SAFETY (all arms): slot `i` of a LOAD/STORE_FAST or *_DEREF
            // is below `nlocalsplus`, and `sp` never drops under the
            // frame's locals (the stack is balanced).
            match instr {
                Instr::Resume(_) | Instr::Nop | Instr::Precall(_) => continue,
                Instr::PopTop => {
                    discard(pop!());
                    continue;
                }
                Instr::PushNull => {
                    push!(Value::Null);
                    continue;
                }
                Instr::Copy(n) => {
                    let v = unsafe { (*sp.sub(n as usize)).clone() };
                    push!(v);
                    continue;
                }
                Instr::Swap(n) => {
                    unsafe { std::ptr::swap(sp.sub(1), sp.sub(n as usize)) };
                    continue;
                }
                Instr::LoadConst(i) => {
                    push!(unsafe { code.consts.get_unchecked(i as usize) }.clone());
                    continue;
                }
                Instr::LoadFast(i) => {
                    let v = unsafe { &*locals.add(i as usize) };
                    if let Value::Null = v {
                        fail!(Exc::unbound_local(&code.localsplus[i as usize].0));
                    }
                    push!(v.clone());
                    // Untraced, a LOAD_CONST after it runs in the same step.
                    // SAFETY: LOAD_FAST falls through, so it is never the
                    // last instruction (the verifier refuses control that
                    // runs past the end); its depth bound covers both pushes.
                    if !TRACE && let Instr::LoadConst(j) = unsafe { *pc } {
                        pc = unsafe { pc.add(1) };
                        push!(unsafe { code.consts.get_unchecked(j as usize) }.clone());
                    }
                    continue;
                }
                Instr::StoreFast(i) => {
                    let v = pop!();
                    discard(unsafe { std::ptr::replace(locals.add(i as usize), v) });
                    continue;
                }
                Instr::MakeCell(i) => {
                    let slot = unsafe { &mut *locals.add(i as usize) };
                    let initial = match std::mem::replace(slot, Value::Null) {
                        Value::Null => None,
                        v => Some(v),
                    };
                    *slot = Value::Cell(CellObj::new(initial, self.heap.next_cell_id()));
                    continue;
                }
                Instr::CopyFreeVars(n) => {
                    let func = self.frames[fi].func.as_ref();
                    let func = func.expect("invariant: COPY_FREE_VARS runs in a function");
                    let start = code.nlocalsplus() - n as usize;
                    for (k, cell) in func.closure.iter().enumerate() {
                        let slot = unsafe { &mut *locals.add(start + k) };
                        *slot = Value::Cell(cell.clone());
                    }
                    continue;
                }
                Instr::LoadClosure(i) => {
                    push!(unsafe { &*locals.add(i as usize) }.clone());
                    continue;
                }
                Instr::LoadDeref(i) => {
                    let cell = cell_in(unsafe { &*locals.add(i as usize) });
                    let v = cell.contents.borrow().clone();
                    match v {
                        Some(v) => push!(v),
                        None => fail!(unbound_deref(code, i, cell.id, &self.heap)),
                    }
                    continue;
                }
                Instr::StoreDeref(i) => {
                    let v = pop!();
                    let cell = cell_in(unsafe { &*locals.add(i as usize) });
                    if let Some(old) = cell.set(Some(v)) {
                        discard(old);
                    }
                    continue;
                }
                Instr::LoadGlobal(i) => {
                    match globals.load(code.global_slot(i >> 1)) {
                        Some(v) => {
                            if i & 1 == 1 {
                                push!(Value::Null);
                            }
                            push!(v);
                        }
                        None => fail!(Exc::name_not_defined(&code.names[(i >> 1) as usize])),
                    }
                    continue;
                }
                Instr::StoreGlobal(i) => {
                    let v = pop!();
                    globals.store(code.global_slot(i), v);
                    continue;
                }
                Instr::LoadName(i) if names_are_global => {
                    match globals.load(code.global_slot(i)) {
                        Some(v) => push!(v),
                        None => fail!(Exc::name_not_defined(&code.names[i as usize])),
                    }
                    continue;
                }
                Instr::StoreName(i) if names_are_global => {
                    let v = pop!();
                    globals.store(code.global_slot(i), v);
                    continue;
                }
                Instr::BinaryOp(op) => {
                    let (a, b) = unsafe { (&*sp.sub(2), &*sp.sub(1)) };
                    if let (Value::Int(x), Value::Int(y)) = (a, b)
                        && let Some(r) = int_binary(op, *x, *y)
                    {
                        // Ints need no drop: overwrite and shrink.
                        unsafe {
                            std::ptr::write(sp.sub(2), Value::Int(r));
                            sp = sp.sub(1);
                        }
                        continue;
                    }
                }
                Instr::CompareOp(op) => {
                    let (a, b) = unsafe { (&*sp.sub(2), &*sp.sub(1)) };
                    if let (Value::Int(x), Value::Int(y)) = (a, b) {
                        let r = int_compare(op, *x, *y);
                        // SAFETY: a comparison is never a code object's
                        // last instruction, so `pc` is in bounds.
                        let next = unsafe { *pc };
                        if let Instr::PopJumpIfFalse(t) | Instr::PopJumpIfTrue(t) = next {
                            // The jump that tests the result runs in the
                            // same step (cpython: COMPARE_OP_INT_JUMP);
                            // ints need no drop.
                            unsafe {
                                sp = sp.sub(2);
                                pc = pc.add(1);
                            }
                            if r == matches!(next, Instr::PopJumpIfTrue(_)) {
                                if (t as usize) < ip!() && self.polled::<TRACE>() {
                                    leave_at!(t);
                                }
                                jump!(t);
                            }
                            continue;
                        }
                        unsafe {
                            std::ptr::write(sp.sub(2), Value::Bool(r));
                            sp = sp.sub(1);
                        }
                        continue;
                    }
                }
                Instr::IsOp(inv) => {
                    let b = pop!();
                    let a = pop!();
                    push!(Value::Bool(a.is(&b) != (inv == 1)));
                    discard(a);
                    discard(b);
                    continue;
                }
                Instr::BinarySubscr => {
                    let (c, k) = unsafe { (&*sp.sub(2), &*sp.sub(1)) };
                    if let Some(v) = super::fast::subscr(c, k) {
                        discard(pop!());
                        discard(std::mem::replace(unsafe { &mut *sp.sub(1) }, v));
                        continue;
                    }
                }
                Instr::StoreSubscr => {
                    let (c, k) = unsafe { (&*sp.sub(2), &*sp.sub(1)) };
                    let v = unsafe { std::ptr::read(sp.sub(3)) };
                    match super::fast::store_subscr(c, k, v) {
                        Ok(()) => {
                            discard(pop!());
                            discard(pop!());
                            sp = unsafe { sp.sub(1) };
                            continue;
                        }
                        // Not handled: the value goes back where it was.
                        Err(v) => std::mem::forget(v),
                    }
                }
                Instr::ContainsOp(inv) => {
                    let (item, c) = unsafe { (&*sp.sub(2), &*sp.sub(1)) };
                    if let Some(found) = super::fast::contains(item, c) {
                        discard(pop!());
                        let r = Value::Bool(found != (inv == 1));
                        discard(std::mem::replace(unsafe { &mut *sp.sub(1) }, r));
                        continue;
                    }
                }
                Instr::PopJumpIfFalse(t) | Instr::PopJumpIfTrue(t) => {
                    let truth = match unsafe { &*sp.sub(1) } {
                        Value::Bool(b) => Some(*b),
                        Value::Int(i) => Some(*i != 0),
                        Value::None => Some(false),
                        _ => None,
                    };
                    if let Some(b) = truth {
                        if b == matches!(instr, Instr::PopJumpIfTrue(_)) {
                            if (t as usize) < ip!() && self.polled::<TRACE>() {
                                leave_at!(t);
                            }
                            jump!(t);
                        }
                        sp = unsafe { sp.sub(1) };
                        continue;
                    }
                }
                Instr::PopJumpIfNone(t) | Instr::PopJumpIfNotNone(t) => {
                    let v = pop!();
                    if v.is_none() == matches!(instr, Instr::PopJumpIfNone(_)) {
                        jump!(t);
                    }
                    discard(v);
                    continue;
                }
                Instr::JumpForward(t) => {
                    jump!(t);
                    continue;
                }
                Instr::JumpBackwardNoInterrupt(t) => {
                    jump!(t);
                    continue;
                }
                Instr::JumpBackward(t) => {
                    if self.polled::<TRACE>() {
                        leave_at!(t);
                    }
                    jump!(t);
                    continue;
                }
                Instr::ForIter(target) => {
                    if let Some(step) = for_iter_range(unsafe { &*sp.sub(1) }) {
                        match step {
                            // Untraced, the STORE_FAST of the loop variable
                            // runs in the same step (ints need no push).
                            // SAFETY: the loop body follows FOR_ITER, so
                            // `pc` is in bounds.
                            Some(v) if !TRACE && let Instr::StoreFast(j) = unsafe { *pc } => {
                                pc = unsafe { pc.add(1) };
                                let slot = unsafe { locals.add(j as usize) };
                                discard(unsafe { std::ptr::replace(slot, Value::Int(v)) });
                            }
                            Some(v) => push!(Value::Int(v)),
                            None => {
                                discard(pop!());
                                jump!(target);
                            }
                        }
                        continue;
                    }
                }
                Instr::LoadAttr(i) => {
                    let top = unsafe { &mut *sp.sub(1) };
                    if let Some(v) = super::attr_fast::load_attr(top, code, i) {
                        discard(std::mem::replace(top, v));
                        continue;
                    }
                }
                Instr::StoreAttr(i) => {
                    // `v obj`: the value moves out of its slot.
                    let v = unsafe { std::ptr::read(sp.sub(2)) };
                    match super::attr_fast::store_attr(unsafe { &*sp.sub(1) }, code, i, v) {
                        Ok(()) => {
                            discard(pop!());
                            sp = unsafe { sp.sub(1) };
                            continue;
                        }
                        // Not handled: the value goes back where it was.
                        Err(v) => std::mem::forget(v),
                    }
                }
                Instr::LoadMethod(i) => {
                    if let Some(f) = super::attr_fast::load_method(unsafe { &*sp.sub(1) }, code, i)
                    {
                        // `obj` → `method obj`
                        let obj = pop!();
                        push!(f);
                        push!(obj);
                        continue;
                    }
                }
                Instr::KwNames(i) => {
                    if let Value::Tuple(t) = &code.consts[i as usize] {
                        self.kw_names = Some(t.clone());
                    }
                    continue;
                }
                Instr::Call(n) => {
                    let n = n as usize;
                    // NULL callable args, or method self args.
                    let (callable, args) = unsafe {
                        match &*sp.sub(n + 2) {
                            Value::Null => (sp.sub(n + 1), sp.sub(n)),
                            _ => (sp.sub(n + 2), sp.sub(n + 1)),
                        }
                    };
                    if let Value::Function(f) = unsafe { &*callable }
                        && f.code.plain_argcount == unsafe { sp.offset_from(args) } as usize
                        && self.kw_names.is_none()
                        && self.frames.len() < self.recursion_limit
                        && !self.interrupted()
                        && !self.heap.pending()
                    {
                        // The frame takes the function over from its slot.
                        let Value::Function(f) =
                            (unsafe { std::ptr::replace(callable, Value::Null) })
                        else {
                            unreachable_stack()
                        };
                        let args_at = base + unsafe { args.offset_from(locals) } as usize;
                        let bottom = base + unsafe { sp.sub(n + 2).offset_from(locals) } as usize;
                        sync!();
                        debug_assert_eq!(fi, self.frames.len() - 1);
                        // SAFETY: the running frame is the top one.
                        unsafe { self.frames.get_unchecked_mut(fi) }.ip = ip!();
                        // SAFETY: as in `load_frame!`: the new frame owns
                        // the function, which owns its code and globals.
                        let callee: &Code = unsafe { &*Rc::as_ptr(&f.code) };
                        globals = unsafe { &*Rc::as_ptr(&f.globals) };
                        self.push_plain_frame(f, args_at, bottom);
                        fi += 1;
                        debug_assert_eq!(fi, self.frames.len() - 1);
                        code = callee;
                        base = args_at;
                        names_are_global = true;
                        instrs = code.instrs.as_ptr();
                        pc = instrs;
                        // RESUME does nothing untraced: step over it.
                        // SAFETY: a code object is never empty.
                        if !TRACE && let Instr::Resume(_) = unsafe { *pc } {
                            pc = unsafe { pc.add(1) };
                        }
                        repoint!(); // `push_plain_frame` made the room
                        continue;
                    }
                }
                Instr::YieldValue => {
                    // The frame stays on top for the resumer to save.
                    let v = pop!();
                    sync!();
                    self.frames[fi].ip = ip!();
                    return Ok(Flow::Yield(v));
                }
                Instr::ReturnValue => {
                    // cpython asserts it too: a frame returns with only
                    // its result above the locals (a leak would shift
                    // every handler's stack depth in the caller).
                    debug_assert_eq!(
                        unsafe { sp.offset_from(locals) } as usize,
                        code.nlocalsplus() + 1,
                        "value stack not empty at RETURN_VALUE in {}",
                        code.qualname
                    );
                    let v = pop!();
                    debug_assert_eq!(fi, self.frames.len() - 1);
                    // SAFETY: the running frame is the top one.
                    let frame = unsafe { self.frames.get_unchecked(fi) };
                    let (bottom, entry) = (frame.base - frame.below, frame.entry);
                    // SAFETY: `bottom..sp` are this call's slots, all live;
                    // the frame is dropped where it lies (not moved out).
                    unsafe {
                        let floor = locals.sub(base).add(bottom);
                        while sp > floor {
                            sp = sp.sub(1);
                            discard(std::ptr::read(sp));
                        }
                        self.stack.set_len(bottom);
                        self.frames.set_len(fi);
                        std::ptr::drop_in_place(self.frames.as_mut_ptr().add(fi));
                    }
                    if entry {
                        return Ok(Flow::Return(v));
                    }
                    // SAFETY: the call's slots were above `bottom`.
                    unsafe {
                        std::ptr::write(self.stack.as_mut_ptr().add(bottom), v);
                        self.stack.set_len(bottom + 1);
                    }
                    resume_caller!();
                    continue;
                }
                // The general path's opcodes, named rather than `_`: with
                // the match exhaustive, the jump table covers every opcode
                // and dispatch needs no range check before it.
                Instr::LoadName(_)
                | Instr::StoreName(_)
                | Instr::DeleteFast(_)
                | Instr::DeleteDeref(_)
                | Instr::LoadClassDeref(_)
                | Instr::DeleteGlobal(_)
                | Instr::DeleteName(_)
                | Instr::DeleteAttr(_)
                | Instr::UnaryNegative
                | Instr::UnaryPositive
                | Instr::UnaryNot
                | Instr::UnaryInvert
                | Instr::DeleteSubscr
                | Instr::BuildList(_)
                | Instr::BuildTuple(_)
                | Instr::BuildSet(_)
                | Instr::BuildMap(_)
                | Instr::BuildConstKeyMap(_)
                | Instr::BuildSlice(_)
                | Instr::BuildString(_)
                | Instr::ListAppend(_)
                | Instr::SetAdd(_)
                | Instr::MapAdd(_)
                | Instr::ListExtend(_)
                | Instr::SetUpdate(_)
                | Instr::DictUpdate(_)
                | Instr::DictMerge(_)
                | Instr::ListToTuple
                | Instr::UnpackSequence(_)
                | Instr::UnpackEx(_)
                | Instr::GetIter
                | Instr::JumpIfFalseOrPop(_)
                | Instr::JumpIfTrueOrPop(_)
                | Instr::CallFunctionEx(_)
                | Instr::MakeFunction(_)
                | Instr::ReturnGenerator
                | Instr::Send(_)
                | Instr::RaiseVarargs(_)
                | Instr::PushExcInfo
                | Instr::PopExcept
                | Instr::CheckExcMatch
                | Instr::CheckEgMatch
                | Instr::PrepReraiseStar
                | Instr::Reraise(_)
                | Instr::LoadAssertionError
                | Instr::FormatValue(_)
                | Instr::LoadBuildClass
                | Instr::SetupAnnotations
                | Instr::ImportName(_)
                | Instr::ImportFrom(_)
                | Instr::ImportStar
                | Instr::PrintExpr
                | Instr::GetYieldFromIter
                | Instr::BeforeWith
                | Instr::BeforeAsyncWith
                | Instr::GetAwaitable(_)
                | Instr::GetAiter
                | Instr::GetAnext
                | Instr::EndAsyncFor
                | Instr::AsyncGenWrap
                | Instr::WithExceptStart => {}
            }
            sync!();
            let mut ip = ip!();
            self.frames[fi].ip = ip;
            let next = self.step(instr, fi, code, &mut ip);
            jump!(ip);
            match next {
                Ok(Next::Continue) if !TRACE && self.threads.on => {
                    self.frames[fi].ip = ip;
                    return Err(Exc::switch());
                }
                Ok(Next::Continue) => reload!(),
                Ok(Next::Switch) => enter!(),
                Ok(Next::Done(flow)) => return Ok(flow),
                Err(e) => return Err(e),
            }
        }
    }

    /// Pushes the frame of a Python function whose positional arguments,
    /// already on the stack at `args_at`, are exactly its parameters; the
    /// callable (and NULL or self) sit from `bottom`.
    #[inline(always)]
    fn push_plain_frame(&mut self, f: Rc<crate::value::Function>, args_at: usize, bottom: usize) {
        let n = f.code.nlocalsplus();
        self.stack.reserve(n + f.code.stacksize);
        let len = self.stack.len();
        // SAFETY: reserved just above; the new slots are written before
        // the length covers them.
        unsafe {
            let start = self.stack.as_mut_ptr();
            for k in len..args_at + n {
                std::ptr::write(start.add(k), Value::Null);
            }
            self.stack.set_len(args_at + n);
        }
        self.frames.push(Frame {
            code: f.code.clone(),
            func: Some(f),
            ip: 0,
            base: args_at,
            class_ns: None,
            entry: false,
            below: args_at - bottom,
        });
    }

    /// Ctrl-C was pressed, or the memory budget crossed, since the last
    /// poll (the flags stay set: a CALL leaves them to the general path's
    /// `check_interrupt`).
    #[inline(always)]
    fn interrupted(&self) -> bool {
        self.interrupt.load(std::sync::atomic::Ordering::Relaxed) || crate::memory::over()
    }

    /// A backward jump's poll: Ctrl-C, the memory budget, or (untraced)
    /// threads that have started.
    #[inline(always)]
    fn polled<const TRACE: bool>(&self) -> bool {
        self.interrupted() || (!TRACE && self.threads.on)
    }

    /// The KeyboardInterrupt or MemoryError seen by `interrupted`, clearing
    /// its flag so the next poll does not raise it again.
    #[cold]
    fn take_interrupt(&mut self) -> Exc {
        match self.check_interrupt() {
            Err(e) => e,
            Ok(()) => Exc::keyboard_interrupt(),
        }
    }

    /// The frame whose code is running now (for builtins that need it).
    pub fn current_frame(&self) -> Option<&Frame> {
        self.frames.last()
    }
}

/// Drops a value, skipping the out-of-line drop glue unless it is the
/// last reference.
#[inline(always)]
pub(crate) fn discard(v: Value) {
    v.discard()
}

/// The cell in fast-local slot `i`.
#[inline]
pub(super) fn cell_at(stack: &[Value], base: usize, i: u32) -> &CellObj {
    cell_in(&stack[base + i as usize])
}

/// The cell a deref slot holds.
#[inline(always)]
fn cell_in(slot: &Value) -> &CellObj {
    match slot {
        Value::Cell(c) => c,
        _ => panic!("invariant: MAKE_CELL/COPY_FREE_VARS put a cell in every deref slot"),
    }
}

/// The error for reading an empty cell: a cell variable of this code is an
/// unbound local; a free variable is a NameError about the enclosing scope.
/// cpython: ceval.c format_exc_unbound
pub(super) fn unbound_deref(code: &Code, i: u32, cell: u32, heap: &crate::heap::Heap) -> Exc {
    let (name, kind) = &code.localsplus[i as usize];
    let e = match kind {
        SlotKind::Free => Exc::unbound_free(name),
        _ => Exc::unbound_local(name),
    };
    e.with_cell(cell, heap.del_site(cell))
}
