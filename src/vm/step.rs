//! The general path of the dispatch loop: one instruction at a time through
//! the value stack's `Vec` API. The hot loop (`dispatch.rs`) runs the common
//! instructions on a raw stack pointer and hands everything else here, with
//! the `Vec`'s length brought up to date and the frame's `ip` saved.

use super::Vm;
use super::dispatch::{Flow, Step, discard};
use crate::code::{Code, Instr};
use crate::exception::{Exc, ExcKind, PyResult};
use crate::value::Value;
use std::rc::Rc;

/// What the general path did: carry on in this frame, switch frames (a
/// call pushed one or a return popped one), or leave `execute`.
pub(crate) enum Next {
    Continue,
    Switch,
    Done(Flow),
}

impl Vm {
    /// Runs `instr` of frame `fi`; `ip` is the next instruction and moves
    /// on a jump. On error the frame's saved `ip` is already right.
    pub(super) fn step(
        &mut self,
        instr: Instr,
        fi: usize,
        code: &Code,
        ip: &mut usize,
    ) -> PyResult<Next> {
        match instr {
            Instr::DeleteFast(i) => self.delete_fast(fi, code, i)?,
            Instr::DeleteDeref(i) => {
                self.delete_deref(fi, code, i, code.line_at(ip.saturating_sub(1)))?
            }
            Instr::LoadClassDeref(i) => {
                let v = self.load_class_deref(fi, code, i)?;
                self.push(v);
            }
            Instr::DeleteGlobal(i) => {
                if !self.frame_globals(fi).delete(code.global_slot(i)) {
                    return Err(Exc::name_not_defined(&code.names[i as usize]));
                }
            }
            Instr::LoadName(i) => {
                let v = self.load_name(fi, code, i)?;
                self.push(v);
            }
            Instr::StoreName(i) => {
                let v = self.pop();
                self.store_name(fi, code, i, v);
            }
            Instr::DeleteName(i) => self.delete_name(fi, code, i)?,
            Instr::SetupAnnotations => self.setup_annotations(fi),
            Instr::LoadAttr(i) => {
                let obj = self.pop();
                let v = self.get_attr_key(&obj, &code.name_key(i))?;
                self.push(v);
            }
            Instr::StoreAttr(i) => {
                let obj = self.pop();
                let v = self.pop();
                self.set_attr_key(&obj, &code.name_key(i), v)?;
            }
            Instr::DeleteAttr(i) => {
                let obj = self.pop();
                self.del_attr(&obj, &code.names[i as usize])?;
            }
            Instr::LoadMethod(i) => {
                let obj = self.pop();
                let (a, b) = self.load_method(obj, &code.name_key(i))?;
                self.push(a);
                self.push(b);
            }
            Instr::BinaryOp(op) => {
                let b = self.pop();
                let a = self.pop();
                let v = self.binary_op(op, &a, &b)?;
                self.push(v);
            }
            Instr::CompareOp(op) => {
                let b = self.pop();
                let a = self.pop();
                let v = self.compare_op(op, &a, &b)?;
                self.push(v);
            }
            Instr::ContainsOp(inv) => {
                let container = self.pop();
                let item = self.pop();
                let found = self.contains(&container, &item)?;
                self.push(Value::Bool(found != (inv == 1)));
            }
            Instr::UnaryNegative | Instr::UnaryPositive | Instr::UnaryInvert => {
                let a = self.pop();
                let v = self.unary_op(instr, &a)?;
                self.push(v);
            }
            Instr::UnaryNot => {
                let a = self.pop();
                let t = self.is_true(&a)?;
                self.push(Value::Bool(!t));
            }
            Instr::BinarySubscr => {
                let key = self.pop();
                let container = self.pop();
                let v = self.get_item(&container, &key)?;
                self.push(v);
            }
            Instr::StoreSubscr => {
                let key = self.pop();
                let container = self.pop();
                let v = self.pop();
                self.set_item(&container, key, v)?;
            }
            Instr::DeleteSubscr => {
                let key = self.pop();
                let container = self.pop();
                self.del_item(&container, &key)?;
            }
            Instr::BuildTuple(n) if self.closure_follows(code, *ip) => {
                let f = self.make_closure(fi, code, n as usize, *ip);
                self.push(f);
                *ip += 2; // LOAD_CONST and MAKE_FUNCTION ran too
            }
            Instr::BuildList(_)
            | Instr::BuildTuple(_)
            | Instr::BuildSet(_)
            | Instr::BuildMap(_)
            | Instr::BuildConstKeyMap(_)
            | Instr::BuildSlice(_)
            | Instr::BuildString(_)
            | Instr::ListToTuple => self.build(instr)?,
            Instr::DictMerge(i)
                if matches!(code.instrs.get(*ip), Some(Instr::CallFunctionEx(_))) =>
            {
                self.merge_for_call(i as usize)?
            }
            Instr::ListAppend(i)
            | Instr::SetAdd(i)
            | Instr::MapAdd(i)
            | Instr::ListExtend(i)
            | Instr::SetUpdate(i)
            | Instr::DictUpdate(i)
            | Instr::DictMerge(i) => self.container_add(instr, i as usize)?,
            Instr::UnpackSequence(n) => {
                let seq = self.pop();
                self.unpack_sequence(seq, n as usize)?;
            }
            Instr::UnpackEx(arg) => {
                let seq = self.pop();
                self.unpack_ex(seq, (arg & 0xff) as usize, (arg >> 8) as usize)?;
            }
            Instr::GetIter => {
                let v = self.pop();
                let it = self.get_iter(&v)?;
                self.push(it);
            }
            Instr::ForIter(target) => {
                let it = self
                    .stack
                    .last()
                    .expect("invariant: FOR_ITER has an iterator");
                let next = match super::iter::fast_next(it) {
                    Some(v) => Some(v),
                    None => {
                        let it = it.clone();
                        self.next(&it)?
                    }
                };
                match next {
                    Some(v) => self.push(v),
                    None => {
                        discard(self.pop());
                        *ip = target as usize;
                    }
                }
            }
            Instr::PopJumpIfFalse(t) | Instr::PopJumpIfTrue(t) => {
                let v = self.pop();
                let truth = self.is_true(&v)?;
                if truth == matches!(instr, Instr::PopJumpIfTrue(_)) {
                    if (t as usize) < *ip {
                        self.check_interrupt()?;
                    }
                    *ip = t as usize;
                }
            }
            Instr::JumpIfFalseOrPop(t) | Instr::JumpIfTrueOrPop(t) => {
                let v = self.peek();
                let truth = self.is_true(&v)?;
                if truth == matches!(instr, Instr::JumpIfTrueOrPop(_)) {
                    *ip = t as usize;
                } else {
                    self.pop();
                }
            }
            Instr::Call(n) => return Ok(switch_if(self.call_instr(n as usize)?)),
            Instr::CallFunctionEx(flags) => return Ok(switch_if(self.call_function_ex(flags)?)),
            Instr::MakeFunction(flags) => {
                let f = self.make_function(fi, flags, code.line_at(*ip - 1));
                self.push(f);
            }
            Instr::ReturnGenerator => {
                let new_gen = self.suspend_new_generator();
                let frame = self.frames.pop().expect("invariant: generator frame");
                self.truncate_stack(frame.base - frame.below);
                if frame.entry {
                    return Ok(Next::Done(Flow::Return(new_gen)));
                }
                self.push(new_gen);
                return Ok(Next::Switch);
            }
            Instr::Send(target) => {
                if self.send_instr()? {
                    *ip = target as usize;
                }
            }
            Instr::GetYieldFromIter => {
                let v = self.pop();
                let it = match v {
                    Value::Generator(ref g) if !g.code.is_async_generator() => v,
                    _ => self.get_iter(&v)?,
                };
                self.push(it);
            }
            _ => return self.step_handlers(instr, code),
        }
        Ok(Next::Continue)
    }

    /// The exception-handling, import and REPL instructions.
    fn step_handlers(&mut self, instr: Instr, code: &Code) -> PyResult<Next> {
        match instr {
            Instr::RaiseVarargs(n) => return Err(self.raise_instr(n)),
            Instr::PushExcInfo => {
                let exc = self.pop();
                let prev = std::mem::replace(&mut self.handling, exc.clone());
                self.push(prev);
                self.push(exc);
            }
            Instr::PopExcept => self.handling = self.pop(),
            Instr::BeforeWith => {
                let mgr = self.pop();
                return Ok(switch_if(self.before_with(&mgr)?));
            }
            Instr::BeforeAsyncWith => {
                let mgr = self.pop();
                let (exit, entered) = self.before_async_with(&mgr)?;
                self.push(exit);
                self.push(entered);
            }
            Instr::GetAwaitable(place) => {
                let v = self.pop();
                let it = self.get_awaitable(v, place)?;
                self.push(it);
            }
            Instr::GetAiter => {
                let v = self.pop();
                let it = self.get_aiter(&v)?;
                self.push(it);
            }
            Instr::GetAnext => {
                let aiter = self.peek();
                let it = self.get_anext(&aiter)?;
                self.push(it);
            }
            Instr::EndAsyncFor => {
                let exc = self.pop();
                self.end_async_for(exc)?;
            }
            Instr::AsyncGenWrap => self.async_gen_wrap = true,
            Instr::WithExceptStart => {
                let res = self.with_except_start()?;
                self.push(res);
            }
            Instr::CheckExcMatch => {
                let typ = self.pop();
                let exc = self.peek();
                let m = self.exception_matches(&exc, &typ)?;
                self.push(Value::Bool(m));
            }
            Instr::Reraise(lasti) => {
                let exc = self.pop();
                if lasti != 0 {
                    self.pop();
                }
                self.reraising = true;
                return Err(match exc {
                    Value::Instance(i) => Exc::from_instance(i),
                    _ => Exc::runtime_error("RERAISE of a non-exception"),
                });
            }
            Instr::LoadAssertionError => self.push(Value::Class(crate::exception::class_of(
                ExcKind::AssertionError,
            ))),
            Instr::FormatValue(flags) => {
                let spec = if flags & crate::code::format_value::HAVE_SPEC != 0 {
                    self.pop()
                } else {
                    Value::None
                };
                let v = self.pop();
                let s = self.format_value(&v, flags & 3, &spec)?;
                self.push(Value::str(s));
            }
            Instr::LoadBuildClass => self.push(crate::builtins::build_class_value()),
            Instr::ImportName(i) => {
                self.pop();
                if let Value::Int(level) = self.pop()
                    && level > 0
                {
                    return Err(Exc::new(
                        ExcKind::ImportError,
                        "attempted relative import with no known parent package",
                    ));
                }
                let m = crate::builtins::import_module(self, &code.names[i as usize])?;
                self.push(m);
            }
            Instr::ImportStar => {
                let m = self.pop();
                self.import_star(&m)?;
            }
            Instr::ImportFrom(i) => {
                let m = self.peek();
                let v = self.import_from(&m, &code.names[i as usize])?;
                self.push(v);
            }
            Instr::PrintExpr => {
                let v = self.pop();
                self.print_expr(v)?;
            }
            Instr::CheckEgMatch => self.check_eg_match()?,
            Instr::PrepReraiseStar => {
                let raised = self.pop();
                let orig = self.pop();
                let raised = crate::vm::ops::seq_items(&raised);
                let r = crate::exception::group::prep_reraise_star(self, &orig, &raised)?;
                self.push(r);
            }
            other => {
                return Err(Exc::runtime_error(format!(
                    "internal error: {other:?} reached the general path"
                )));
            }
        }
        Ok(Next::Continue)
    }

    /// CHECK_EG_MATCH: [exc, T] → [rest, match] with `match` the exception
    /// being handled, or [exc, None]. A naked exception that matches is
    /// wrapped in a group with no traceback of its own (as in 3.11).
    fn check_eg_match(&mut self) -> PyResult<()> {
        let typ = self.pop();
        let exc = self.pop();
        let (matched, rest) = crate::exception::group::check_eg_match(self, &exc, &typ)?;
        let Some(matched) = matched else {
            self.push(exc);
            self.push(Value::None);
            return Ok(());
        };
        self.push(rest.unwrap_or(Value::None));
        self.push(matched.clone());
        self.handling = matched;
        Ok(())
    }

    /// DELETE_FAST: empty a local; UnboundLocalError if it was empty.
    fn delete_fast(&mut self, fi: usize, code: &Code, i: u32) -> PyResult<()> {
        let at = self.frames[fi].base + i as usize;
        let slot = std::mem::replace(&mut self.stack[at], Value::Null);
        if let Value::Null = slot {
            return Err(Exc::unbound_local(&code.localsplus[i as usize].0));
        }
        discard(slot);
        Ok(())
    }

    /// DELETE_DEREF: empty a cell; an error if it was empty already.
    /// DELETE_DEREF: empty a cell, and remember who did (`:explain`).
    fn delete_deref(&mut self, fi: usize, code: &Code, i: u32, line: u32) -> PyResult<()> {
        let base = self.frames[fi].base;
        let cell = super::dispatch::cell_at(&self.stack, base, i);
        match cell.set(None) {
            Some(old) => {
                self.heap.record_del(cell.id, code.qualname.clone(), line);
                discard(old);
                Ok(())
            }
            None => Err(super::dispatch::unbound_deref(code, i, cell.id, &self.heap)),
        }
    }

    /// DICT_MERGE right before CALL_FUNCTION_EX: when the target is the
    /// fresh empty dict of `f(**kw)`, the source itself takes its place.
    /// The call only reads the entries out (binding makes the callee's own
    /// `**kwargs` dict), so nobody can tell the copy was skipped.
    fn merge_for_call(&mut self, i: usize) -> PyResult<()> {
        let at = self.stack.len() - 1 - i;
        let mut src = self.pop();
        if !matches!(src, Value::Dict(_))
            && let Some(d) = self.mapping_as_dict(&src)?
        {
            src = Value::Dict(d);
        }
        let Value::Dict(src_map) = &src else {
            return Err(Exc::type_error(format!(
                "{} argument after ** must be a mapping, not {}",
                self.function_str(at),
                src.type_name()
            )));
        };
        let Value::Dict(target) = self.stack[at].clone() else {
            return Err(Exc::runtime_error("DICT_MERGE into a non-dict"));
        };
        if target.is_empty() && Rc::strong_count(&target) == 2 {
            discard(std::mem::replace(&mut self.stack[at], src));
            return Ok(());
        }
        for (k, v) in src_map.items() {
            let key = self.key(k.clone())?;
            if target.get(&key).is_some() {
                return Err(Exc::type_error(format!(
                    "{} got multiple values for keyword argument '{}'",
                    self.function_str(at),
                    k.as_str().unwrap_or("?")
                )));
            }
            target.insert(key, v);
        }
        Ok(())
    }

    /// How CPython names the callable of a call in its errors: the one
    /// two slots under the keyword dict at `at` (`__main__.f()`, `print()`).
    /// cpython: _PyObject_FunctionStr
    fn function_str(&mut self, at: usize) -> String {
        let callable = self.stack[at - 2].clone();
        let qualname = self.get_attr(&callable, "__qualname__");
        let module = self.get_attr(&callable, "__module__");
        match (qualname, module) {
            (Ok(Value::Str(q)), Ok(Value::Str(m))) if m.as_str() != "builtins" => {
                format!("{}.{}()", m.as_str(), q.as_str())
            }
            (Ok(Value::Str(q)), _) => format!("{}()", q.as_str()),
            _ => format!("{}()", callable.type_name()),
        }
    }

    /// BUILD_* and LIST_TO_TUPLE: the top items into a new container.
    fn build(&mut self, instr: Instr) -> PyResult<()> {
        let v = match instr {
            Instr::BuildList(n) => Value::list(self.pop_n(n as usize)),
            Instr::BuildTuple(n) => Value::tuple(self.pop_n(n as usize)),
            Instr::BuildSet(n) => {
                let items = self.pop_n(n as usize);
                self.new_set(items)?
            }
            Instr::BuildMap(n) => {
                let items = self.pop_n(2 * n as usize);
                self.new_dict_from_pairs(items)?
            }
            Instr::BuildConstKeyMap(n) => {
                let keys = self.pop();
                let values = self.pop_n(n as usize);
                self.const_key_map(keys, values)?
            }
            Instr::BuildSlice(n) => {
                let step = if n == 3 { self.pop() } else { Value::None };
                let upper = self.pop();
                let lower = self.pop();
                Value::Slice(Rc::new(crate::value::Slice { lower, upper, step }))
            }
            Instr::BuildString(n) => {
                let parts = self.pop_n(n as usize);
                Value::str(parts.iter().filter_map(|p| p.as_str()).collect::<String>())
            }
            _ => {
                let v = self.pop();
                let items = match &v {
                    Value::List(l) => l.items.borrow().clone(),
                    _ => Vec::new(),
                };
                Value::tuple(items)
            }
        };
        self.push(v);
        Ok(())
    }
}

/// A call's step as the general path's answer.
fn switch_if(step: Step) -> Next {
    match step {
        Step::Next => Next::Continue,
        Step::Switch => Next::Switch,
    }
}
