//! The dispatch loop: one `match` over the instruction set, arms kept
//! short; anything longer lives in a helper below or in a sibling module.
//! Python-to-Python calls push a frame and continue the loop; exceptions
//! unwind through each frame's exception table (CPython 3.11's scheme).

use super::{Frame, Vm};
use crate::code::{Code, Instr, SlotKind};
use crate::exception::{Exc, ExcKind, PyResult};
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
    /// Runs until the entry frame returns; a yield is an error here.
    pub fn run(&mut self) -> PyResult<Value> {
        match self.run_flow()? {
            Flow::Return(v) => Ok(v),
            Flow::Yield(_) => Err(Exc::runtime_error("yield outside a generator frame")),
        }
    }

    /// Runs the top frame (and whatever it calls) until the entry frame
    /// returns or yields, unwinding exceptions through handlers.
    pub(crate) fn run_flow(&mut self) -> PyResult<Flow> {
        loop {
            match self.execute() {
                Ok(flow) => return Ok(flow),
                Err(exc) => self.unwind(exc)?,
            }
        }
    }

    /// Finds a handler for `exc`, frame by frame; returns Ok when one was
    /// found (execution resumes there), Err when the entry frame is left.
    pub(crate) fn unwind(&mut self, exc: Exc) -> PyResult<()> {
        let mut skip_traceback = std::mem::take(&mut self.reraising);
        if !skip_traceback && exc.state().context.is_none() {
            self.set_context(&exc);
        }
        loop {
            let frame = self
                .frames
                .last()
                .expect("invariant: unwinding with a frame");
            let at = frame.ip.saturating_sub(1) as u32;
            if !skip_traceback {
                exc.push_frame(&frame.code, at as usize);
            }
            skip_traceback = false;
            if let Some(h) = frame.code.handler_for(at).copied() {
                let depth = frame.base + frame.code.nlocalsplus() + h.depth as usize;
                self.stack.truncate(depth);
                if h.lasti {
                    self.push(Value::Int(at as i64));
                }
                self.push(exc.to_value());
                self.frames.last_mut().expect("invariant: frame present").ip = h.target as usize;
                return Ok(());
            }
            let frame = self.frames.pop().expect("invariant: frame present");
            self.truncate_stack(frame.base - frame.below);
            if frame.entry {
                return Err(exc);
            }
        }
    }

    /// Executes instructions until the entry frame returns or yields, or an
    /// exception escapes an instruction (the frame's `ip` is then saved).
    fn execute(&mut self) -> PyResult<Flow> {
        'frames: loop {
            let fi = self.frames.len() - 1;
            // SAFETY: the frame owns an Rc of its code for as long as it
            // runs; `code` is not used after the frame is popped (every pop
            // is followed by `continue 'frames` or a return).
            let code: &Code = unsafe { &*Rc::as_ptr(&self.frames[fi].code) };
            let base = self.frames[fi].base;
            let mut ip = self.frames[fi].ip;
            macro_rules! tri {
                ($e:expr) => {
                    match $e {
                        Ok(v) => v,
                        Err(e) => {
                            self.frames[fi].ip = ip;
                            return Err(e);
                        }
                    }
                };
            }
            loop {
                // SAFETY: every code object ends in RETURN_VALUE (or a raise)
                // and every jump targets an instruction, so `ip` stays in bounds.
                let instr = unsafe { *code.instrs.get_unchecked(ip) };
                ip += 1;
                match instr {
                    Instr::Resume | Instr::Nop | Instr::Precall(_) => {}
                    Instr::PopTop => {
                        let v = self.pop();
                        discard(v);
                    }
                    Instr::PushNull => self.push(Value::Null),
                    Instr::Copy(n) => {
                        let v = self.stack[self.stack.len() - n as usize].clone();
                        self.push(v);
                    }
                    Instr::Swap(n) => {
                        let len = self.stack.len();
                        self.stack.swap(len - 1, len - n as usize);
                    }
                    Instr::LoadConst(i) => self.push(code.consts[i as usize].clone()),
                    Instr::LoadFast(i) => {
                        let v = &self.stack[base + i as usize];
                        if let Value::Null = v {
                            self.frames[fi].ip = ip;
                            return Err(Exc::unbound_local(&code.localsplus[i as usize].0));
                        }
                        let v = v.clone();
                        self.push(v);
                    }
                    Instr::StoreFast(i) => {
                        let v = self.pop();
                        discard(std::mem::replace(&mut self.stack[base + i as usize], v));
                    }
                    Instr::DeleteFast(i) => {
                        let slot =
                            std::mem::replace(&mut self.stack[base + i as usize], Value::Null);
                        if let Value::Null = slot {
                            self.frames[fi].ip = ip;
                            return Err(Exc::unbound_local(&code.localsplus[i as usize].0));
                        }
                    }
                    Instr::MakeCell(i) => {
                        let slot = &mut self.stack[base + i as usize];
                        let initial = match std::mem::replace(slot, Value::Null) {
                            Value::Null => None,
                            v => Some(v),
                        };
                        *slot = Value::Cell(CellObj::new(initial));
                    }
                    Instr::CopyFreeVars(n) => self.copy_free_vars(fi, n as usize),
                    Instr::LoadClosure(i) => {
                        let v = self.stack[base + i as usize].clone();
                        self.push(v);
                    }
                    Instr::LoadDeref(i) => {
                        let v = cell_at(&self.stack, base, i).contents.borrow().clone();
                        match v {
                            Some(v) => self.push(v),
                            None => {
                                self.frames[fi].ip = ip;
                                return Err(unbound_deref(code, i));
                            }
                        }
                    }
                    Instr::StoreDeref(i) => {
                        let v = self.pop();
                        if let Some(old) = cell_at(&self.stack, base, i).set(Some(v)) {
                            discard(old);
                        }
                    }
                    Instr::DeleteDeref(i) => {
                        let old = cell_at(&self.stack, base, i).set(None);
                        if old.is_none() {
                            self.frames[fi].ip = ip;
                            return Err(unbound_deref(code, i));
                        }
                    }
                    Instr::LoadClassDeref(i) => {
                        let v = tri!(self.load_class_deref(fi, code, base, i));
                        self.push(v);
                    }
                    Instr::LoadGlobal(i) => {
                        let v = tri!(self.load_global(fi, code, i >> 1));
                        if i & 1 == 1 {
                            self.push(Value::Null);
                        }
                        self.push(v);
                    }
                    Instr::StoreGlobal(i) => {
                        let v = self.pop();
                        self.frame_globals(fi)
                            .store(code.global_slots[i as usize], v);
                    }
                    Instr::DeleteGlobal(i) => {
                        if !self.frame_globals(fi).delete(code.global_slots[i as usize]) {
                            self.frames[fi].ip = ip;
                            return Err(Exc::name_not_defined(&code.names[i as usize]));
                        }
                    }
                    Instr::LoadName(i) => {
                        let v = tri!(self.load_name(fi, code, i));
                        self.push(v);
                    }
                    Instr::StoreName(i) => {
                        let v = self.pop();
                        self.store_name(fi, code, i, v);
                    }
                    Instr::DeleteName(i) => tri!(self.delete_name(fi, code, i)),
                    Instr::LoadAttr(i) => {
                        let obj = self.pop();
                        let v = tri!(self.get_attr(&obj, &code.names[i as usize]));
                        self.push(v);
                    }
                    Instr::StoreAttr(i) => {
                        let obj = self.pop();
                        let v = self.pop();
                        tri!(self.set_attr(&obj, &code.names[i as usize], v));
                    }
                    Instr::DeleteAttr(i) => {
                        let obj = self.pop();
                        tri!(self.del_attr(&obj, &code.names[i as usize]));
                    }
                    Instr::LoadMethod(i) => {
                        let obj = self.pop();
                        let (a, b) = tri!(self.load_method(obj, &code.names[i as usize]));
                        self.push(a);
                        self.push(b);
                    }
                    Instr::BinaryOp(op) => {
                        let b = self.pop();
                        let a = self.pop();
                        let fast = match (&a, &b) {
                            (Value::Int(x), Value::Int(y)) => int_binary(op, *x, *y),
                            _ => None,
                        };
                        let v = match fast {
                            Some(r) => {
                                std::mem::forget(a);
                                std::mem::forget(b);
                                Value::Int(r)
                            }
                            None => {
                                let r = tri!(self.binary_op(op, &a, &b));
                                discard(a);
                                discard(b);
                                r
                            }
                        };
                        self.push(v);
                    }
                    Instr::CompareOp(op) => {
                        let b = self.pop();
                        let a = self.pop();
                        let v = match (&a, &b) {
                            (Value::Int(x), Value::Int(y)) => {
                                let r = Value::Bool(int_compare(op, *x, *y));
                                std::mem::forget(a);
                                std::mem::forget(b);
                                r
                            }
                            _ => {
                                let r = tri!(self.compare_op(op, &a, &b));
                                discard(a);
                                discard(b);
                                r
                            }
                        };
                        self.push(v);
                    }
                    Instr::IsOp(inv) => {
                        let b = self.pop();
                        let a = self.pop();
                        self.push(Value::Bool(a.is(&b) != (inv == 1)));
                    }
                    Instr::ContainsOp(inv) => {
                        let container = self.pop();
                        let item = self.pop();
                        let found = tri!(self.contains(&container, &item));
                        self.push(Value::Bool(found != (inv == 1)));
                    }
                    Instr::UnaryNegative | Instr::UnaryPositive | Instr::UnaryInvert => {
                        let a = self.pop();
                        let v = tri!(self.unary_op(instr, &a));
                        self.push(v);
                    }
                    Instr::UnaryNot => {
                        let a = self.pop();
                        let t = tri!(self.is_true(&a));
                        self.push(Value::Bool(!t));
                    }
                    Instr::BinarySubscr => {
                        let key = self.pop();
                        let container = self.pop();
                        let v = tri!(self.get_item(&container, &key));
                        self.push(v);
                    }
                    Instr::StoreSubscr => {
                        let key = self.pop();
                        let container = self.pop();
                        let v = self.pop();
                        tri!(self.set_item(&container, key, v));
                    }
                    Instr::DeleteSubscr => {
                        let key = self.pop();
                        let container = self.pop();
                        tri!(self.del_item(&container, &key));
                    }
                    Instr::BuildList(n) => {
                        let items = self.pop_n(n as usize);
                        self.push(Value::list(items));
                    }
                    Instr::BuildTuple(n) => {
                        let items = self.pop_n(n as usize);
                        self.push(Value::tuple(items));
                    }
                    Instr::BuildSet(n) => {
                        let items = self.pop_n(n as usize);
                        let v = tri!(self.new_set(items));
                        self.push(v);
                    }
                    Instr::BuildMap(n) => {
                        let items = self.pop_n(2 * n as usize);
                        let v = tri!(self.new_dict_from_pairs(items));
                        self.push(v);
                    }
                    Instr::BuildConstKeyMap(n) => {
                        let keys = self.pop();
                        let values = self.pop_n(n as usize);
                        let v = tri!(self.const_key_map(keys, values));
                        self.push(v);
                    }
                    Instr::BuildSlice(n) => {
                        let step = if n == 3 { self.pop() } else { Value::None };
                        let upper = self.pop();
                        let lower = self.pop();
                        self.push(Value::Slice(Rc::new(crate::value::Slice {
                            lower,
                            upper,
                            step,
                        })));
                    }
                    Instr::BuildString(n) => {
                        let parts = self.pop_n(n as usize);
                        let s: String = parts.iter().filter_map(|p| p.as_str()).collect();
                        self.push(Value::str(s));
                    }
                    Instr::ListAppend(i)
                    | Instr::SetAdd(i)
                    | Instr::MapAdd(i)
                    | Instr::ListExtend(i)
                    | Instr::SetUpdate(i)
                    | Instr::DictUpdate(i)
                    | Instr::DictMerge(i) => {
                        tri!(self.container_add(instr, i as usize));
                    }
                    Instr::ListToTuple => {
                        let v = self.pop();
                        let items = match &v {
                            Value::List(l) => l.items.borrow().clone(),
                            _ => Vec::new(),
                        };
                        self.push(Value::tuple(items));
                    }
                    Instr::UnpackSequence(n) => {
                        let seq = self.pop();
                        tri!(self.unpack_sequence(seq, n as usize));
                    }
                    Instr::UnpackEx(arg) => {
                        let seq = self.pop();
                        tri!(self.unpack_ex(seq, (arg & 0xff) as usize, (arg >> 8) as usize));
                    }
                    Instr::GetIter => {
                        let v = self.pop();
                        let it = tri!(self.get_iter(&v));
                        self.push(it);
                    }
                    Instr::ForIter(target) => {
                        if let Some(step) = self.for_iter_range() {
                            match step {
                                Some(v) => self.push(Value::Int(v)),
                                None => {
                                    self.pop();
                                    ip = target as usize;
                                }
                            }
                            continue;
                        }
                        let next = {
                            let it = self
                                .stack
                                .last()
                                .expect("invariant: FOR_ITER has an iterator");
                            match super::iter::fast_next(it) {
                                Some(v) => Ok(Some(v)),
                                None => {
                                    let it = it.clone();
                                    self.frames[fi].ip = ip;
                                    self.next(&it)
                                }
                            }
                        };
                        match tri!(next) {
                            Some(v) => self.push(v),
                            None => {
                                self.pop();
                                ip = target as usize;
                            }
                        }
                    }
                    Instr::JumpForward(t) => ip = t as usize,
                    Instr::JumpBackward(t) => {
                        tri!(self.check_interrupt());
                        ip = t as usize;
                    }
                    Instr::PopJumpIfFalse(t) => {
                        let v = self.pop();
                        let truth = match v {
                            Value::Bool(b) => b,
                            _ => tri!(self.is_true(&v)),
                        };
                        if !truth {
                            ip = t as usize;
                        }
                    }
                    Instr::PopJumpIfTrue(t) => {
                        let v = self.pop();
                        let truth = match v {
                            Value::Bool(b) => b,
                            _ => tri!(self.is_true(&v)),
                        };
                        if truth {
                            if (t as usize) < ip {
                                tri!(self.check_interrupt());
                            }
                            ip = t as usize;
                        }
                    }
                    Instr::PopJumpIfNone(t) => {
                        if self.pop().is_none() {
                            ip = t as usize;
                        }
                    }
                    Instr::PopJumpIfNotNone(t) => {
                        if !self.pop().is_none() {
                            ip = t as usize;
                        }
                    }
                    Instr::JumpIfFalseOrPop(t) | Instr::JumpIfTrueOrPop(t) => {
                        let v = self.stack.last().expect("invariant: value to test").clone();
                        let truth = tri!(self.is_true(&v));
                        if truth == matches!(instr, Instr::JumpIfTrueOrPop(_)) {
                            ip = t as usize;
                        } else {
                            self.pop();
                        }
                    }
                    Instr::KwNames(i) => {
                        if let Value::Tuple(t) = &code.consts[i as usize] {
                            self.kw_names = Some(t.clone());
                        }
                    }
                    Instr::Call(n) => {
                        self.frames[fi].ip = ip;
                        match self.call_instr(n as usize)? {
                            Step::Next => {}
                            Step::Switch => continue 'frames,
                        }
                    }
                    Instr::CallFunctionEx(flags) => {
                        self.frames[fi].ip = ip;
                        match self.call_function_ex(flags)? {
                            Step::Next => {}
                            Step::Switch => continue 'frames,
                        }
                    }
                    Instr::MakeFunction(flags) => {
                        let f = self.make_function(fi, flags, code.line_at(ip - 1));
                        self.push(f);
                    }
                    Instr::ReturnValue => {
                        let v = self.pop();
                        let frame = self.frames.pop().expect("invariant: returning frame");
                        self.truncate_stack(frame.base - frame.below);
                        if frame.entry {
                            return Ok(Flow::Return(v));
                        }
                        self.push(v);
                        continue 'frames;
                    }
                    Instr::ReturnGenerator => {
                        self.frames[fi].ip = ip;
                        let new_gen = self.suspend_new_generator();
                        let frame = self.frames.pop().expect("invariant: generator frame");
                        self.truncate_stack(frame.base - frame.below);
                        if frame.entry {
                            return Ok(Flow::Return(new_gen));
                        }
                        self.push(new_gen);
                        continue 'frames;
                    }
                    Instr::YieldValue => {
                        let v = self.pop();
                        self.frames[fi].ip = ip;
                        return Ok(Flow::Yield(v));
                    }
                    Instr::Send(target) => {
                        self.frames[fi].ip = ip;
                        if tri!(self.send_instr()) {
                            ip = target as usize;
                        }
                    }
                    Instr::GetYieldFromIter => {
                        let v = self.pop();
                        let it = match v {
                            Value::Generator(_) => v,
                            _ => tri!(self.get_iter(&v)),
                        };
                        self.push(it);
                    }
                    Instr::RaiseVarargs(n) => {
                        self.frames[fi].ip = ip;
                        return Err(self.raise_instr(n));
                    }
                    Instr::PushExcInfo => {
                        let exc = self.pop();
                        let prev = std::mem::replace(&mut self.handling, exc.clone());
                        self.push(prev);
                        self.push(exc);
                    }
                    Instr::PopExcept => self.handling = self.pop(),
                    Instr::CheckExcMatch => {
                        let typ = self.pop();
                        let exc = self
                            .stack
                            .last()
                            .expect("invariant: exception on stack")
                            .clone();
                        let m = tri!(self.exception_matches(&exc, &typ));
                        self.push(Value::Bool(m));
                    }
                    Instr::Reraise(lasti) => {
                        let exc = self.pop();
                        if lasti != 0 {
                            self.pop();
                        }
                        self.frames[fi].ip = ip;
                        self.reraising = true;
                        return Err(match exc {
                            Value::Instance(i) => Exc::from_instance(i),
                            _ => Exc::runtime_error("RERAISE of a non-exception"),
                        });
                    }
                    Instr::LoadAssertionError => self.push(Value::Class(
                        crate::exception::class_of(ExcKind::AssertionError),
                    )),
                    Instr::FormatValue(flags) => {
                        let spec = if flags & 4 != 0 {
                            self.pop()
                        } else {
                            Value::None
                        };
                        let v = self.pop();
                        let s = tri!(self.format_value(&v, flags & 3, &spec));
                        self.push(Value::str(s));
                    }
                    Instr::LoadBuildClass => self.push(crate::builtins::build_class_value()),
                    Instr::ImportName(i) => {
                        self.pop();
                        self.pop();
                        let m = tri!(crate::builtins::import_module(&code.names[i as usize]));
                        self.push(m);
                    }
                    Instr::ImportFrom(i) => {
                        let m = self
                            .stack
                            .last()
                            .expect("invariant: module on stack")
                            .clone();
                        let v = tri!(self.import_from(&m, &code.names[i as usize]));
                        self.push(v);
                    }
                    Instr::PrintExpr => {
                        let v = self.pop();
                        tri!(self.print_expr(v));
                    }
                }
            }
        }
    }

    /// FOR_ITER over a range iterator, without the general machinery:
    /// None when the iterator on top is not a range.
    #[inline(always)]
    fn for_iter_range(&mut self) -> Option<Option<i64>> {
        let Some(Value::Iterator(cell)) = self.stack.last() else {
            return None;
        };
        let mut st = cell.try_borrow_mut().ok()?;
        let super::iter::IterState::Range { next, stop, step } = &mut *st else {
            return None;
        };
        let v = *next;
        if (*step > 0 && v < *stop) || (*step < 0 && v > *stop) {
            *next = v.wrapping_add(*step);
            Some(Some(v))
        } else {
            Some(None)
        }
    }

    /// Drops the stack down to `len`, skipping drop glue for inline values.
    #[inline(always)]
    pub(crate) fn truncate_stack(&mut self, len: usize) {
        while self.stack.len() > len {
            let v = self.pop();
            discard(v);
        }
    }

    #[inline]
    pub(crate) fn pop(&mut self) -> Value {
        match self.stack.pop() {
            Some(v) => v,
            None => unreachable_stack(),
        }
    }

    /// Pushes onto the value stack; the growth path is out of line.
    #[inline(always)]
    pub(crate) fn push(&mut self, v: Value) {
        if self.stack.len() == self.stack.capacity() {
            self.stack.reserve(self.stack.len().max(256));
        }
        // SAFETY: capacity was ensured just above.
        unsafe {
            let len = self.stack.len();
            std::ptr::write(self.stack.as_mut_ptr().add(len), v);
            self.stack.set_len(len + 1);
        }
    }

    /// The top `n` values, bottom first.
    pub(crate) fn pop_n(&mut self, n: usize) -> Vec<Value> {
        let at = self.stack.len() - n;
        self.stack.split_off(at)
    }

    /// COPY_FREE_VARS: the function's closure cells into the last n slots.
    fn copy_free_vars(&mut self, fi: usize, n: usize) {
        let frame = &self.frames[fi];
        let func = frame
            .func
            .clone()
            .expect("invariant: COPY_FREE_VARS runs in a function");
        let start = frame.base + frame.code.nlocalsplus() - n;
        for (k, cell) in func.closure.iter().enumerate() {
            self.stack[start + k] = Value::Cell(cell.clone());
        }
    }

    fn load_deref(&self, code: &Code, base: usize, i: u32) -> PyResult<Value> {
        match cell_at(&self.stack, base, i).get() {
            Some(v) => Ok(v),
            None => Err(unbound_deref(code, i)),
        }
    }

    /// LOAD_CLASSDEREF: the class namespace first, then the cell.
    fn load_class_deref(&self, fi: usize, code: &Code, base: usize, i: u32) -> PyResult<Value> {
        let name = &code.localsplus[i as usize].0;
        if let Some(ns) = &self.frames[fi].class_ns
            && let Some(v) = ns.get_str(name)
        {
            return Ok(v);
        }
        self.load_deref(code, base, i)
    }

    #[inline(always)]
    fn load_global(&self, fi: usize, code: &Code, i: u32) -> PyResult<Value> {
        let slot = code.global_slots[i as usize];
        self.frame_globals(fi)
            .load(slot)
            .ok_or_else(|| Exc::name_not_defined(&code.names[i as usize]))
    }

    #[inline(always)]
    fn load_name(&self, fi: usize, code: &Code, i: u32) -> PyResult<Value> {
        let frame = &self.frames[fi];
        if let Some(ns) = &frame.class_ns
            && let Some(v) = ns.get_str(&code.names[i as usize])
        {
            return Ok(v);
        }
        self.load_global(fi, code, i)
    }

    fn store_name(&self, fi: usize, code: &Code, i: u32, v: Value) {
        let frame = &self.frames[fi];
        match &frame.class_ns {
            Some(ns) => ns.set_str(&code.names[i as usize], v),
            None => self
                .frame_globals(fi)
                .store(code.global_slots[i as usize], v),
        }
    }

    fn delete_name(&self, fi: usize, code: &Code, i: u32) -> PyResult<()> {
        let frame = &self.frames[fi];
        let name = &code.names[i as usize];
        let found = match &frame.class_ns {
            Some(ns) => ns.remove(&crate::value::DictKey::str(name)).is_some(),
            None => self.frame_globals(fi).delete(code.global_slots[i as usize]),
        };
        if found {
            Ok(())
        } else {
            Err(Exc::name_not_defined(name))
        }
    }

    /// The frame whose code is running now (for builtins that need it).
    pub fn current_frame(&self) -> Option<&Frame> {
        self.frames.last()
    }
}

#[cold]
#[inline(never)]
fn unreachable_stack() -> ! {
    panic!("invariant: the compiler balances the stack")
}

/// Drops a value, skipping the out-of-line drop glue for inline values.
#[inline(always)]
pub(crate) fn discard(v: Value) {
    match v {
        Value::Int(_) | Value::None | Value::Bool(_) | Value::Float(_) | Value::Null => {
            std::mem::forget(v)
        }
        other => drop(other),
    }
}

/// The cell in fast-local slot `i`.
#[inline]
fn cell_at(stack: &[Value], base: usize, i: u32) -> &CellObj {
    match &stack[base + i as usize] {
        Value::Cell(c) => c,
        _ => panic!("invariant: MAKE_CELL/COPY_FREE_VARS put a cell in every deref slot"),
    }
}

/// The error for reading an empty cell: a cell variable of this code is an
/// unbound local; a free variable is a NameError about the enclosing scope.
/// cpython: ceval.c format_exc_unbound
fn unbound_deref(code: &Code, i: u32) -> Exc {
    let (name, kind) = &code.localsplus[i as usize];
    match kind {
        SlotKind::Free => Exc::unbound_free(name),
        _ => Exc::unbound_local(name),
    }
}

/// `x op y` for the int operators that need no allocation; None when
/// the result overflows or the operator needs the general path.
#[inline(always)]
fn int_binary(op: u32, x: i64, y: i64) -> Option<i64> {
    match op {
        0 | 13 => x.checked_add(y),
        10 | 23 => x.checked_sub(y),
        5 | 18 => x.checked_mul(y),
        6 | 19 if y > 0 && x >= 0 => Some(x % y),
        2 | 15 if y > 0 && x >= 0 => Some(x / y),
        1 | 14 => Some(x & y),
        7 | 20 => Some(x | y),
        12 | 25 => Some(x ^ y),
        _ => None,
    }
}

#[inline]
fn int_compare(op: u32, x: i64, y: i64) -> bool {
    match op {
        0 => x < y,
        1 => x <= y,
        2 => x == y,
        3 => x != y,
        4 => x > y,
        _ => x >= y,
    }
}
