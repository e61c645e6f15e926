//! Calls → instructions, after CPython 3.11's compiler_call: `LOAD_METHOD`
//! or a `NULL` under the callable, `KW_NAMES` for keywords, and
//! `CALL_FUNCTION_EX` with the argument tuple and keyword dict built when
//! `*` or `**` unpacking is used.

use super::Compiler;
use super::expr::Seq;
use super::stmt::CResult;
use crate::ast::{Expr, ExprKind, Keyword, Name};
use crate::code::Instr;
use crate::symtable::Scope;
use crate::value::Value;

impl<'a> Compiler<'a> {
    /// cpython: compiler_call — `LOAD_METHOD` for `obj.m(...)`, a `NULL`
    /// under other callables, `KW_NAMES` for keywords, and
    /// `CALL_FUNCTION_EX` when `*` or `**` unpacking is used.
    pub(super) fn call(
        &mut self,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult {
        if let Some(w) = super::warnings::caller(func) {
            self.warn(func.span.line, w);
        }
        let unpacking = args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)))
            || keywords.iter().any(|k| k.arg.is_none());
        // cpython: STACK_USE_GUIDELINE — a long call is not a method call
        let long = args.len() + keywords.len() + usize::from(!keywords.is_empty()) >= 30;
        match &func.kind {
            ExprKind::Attribute { value, attr }
                if !unpacking && !long && !self.is_import_originated(value) =>
            {
                self.expr(value)?;
                let call_span = self.unit().span;
                self.unit().set_span(func.span);
                let i = self.unit().add_name(attr);
                self.emit(Instr::LoadMethod(i));
                self.unit().set_span(call_span);
            }
            ExprKind::Name(n) if self.is_global_load(n) => {
                self.load_name(n);
                if let Some(Instr::LoadGlobal(i)) = self.unit().instrs.last_mut() {
                    *i |= 1;
                }
            }
            _ => {
                let at = self.unit().instrs.len();
                self.emit(Instr::PushNull);
                self.expr(func)?;
                // cpython's optimizer: PUSH_NULL, LOAD_GLOBAL is LOAD_GLOBAL
                // with the NULL bit (the NOP goes with the other NOPs)
                let instrs = &mut self.unit().instrs;
                if let Some(Instr::LoadGlobal(i)) = instrs.get_mut(at + 1)
                    && *i & 1 == 0
                {
                    *i |= 1;
                    instrs[at] = Instr::Nop;
                }
            }
        }
        if unpacking {
            return self.call_ex(args, keywords);
        }
        self.call_args(args, keywords, 0)
    }

    /// cpython: compile.c is_import_originated — a method of a name the
    /// module binds by `import` (`functools.wraps(f)`) is called through
    /// LOAD_ATTR, not LOAD_METHOD.
    pub(super) fn is_import_originated(&self, e: &Expr) -> bool {
        let ExprKind::Name(n) = &e.kind else {
            return false;
        };
        let module = self.table.block(crate::ast::ScopeId(0));
        module.symbols.get(n).is_some_and(|s| s.flags.imported)
    }

    pub(super) fn is_global_load(&mut self, n: &Name) -> bool {
        let block = self.unit().block;
        let scope = block.scope_of(n);
        scope == Scope::GlobalExplicit
            || (scope == Scope::GlobalImplicit && block.is_function_like())
    }

    /// Positional then keyword arguments, `KW_NAMES`, `CALL n`.
    pub(crate) fn call_args(
        &mut self,
        args: &'a [Expr],
        keywords: &'a [Keyword],
        extra: u32,
    ) -> CResult {
        for a in args {
            self.expr(a)?;
        }
        for k in keywords {
            self.expr(&k.value)?;
        }
        if !keywords.is_empty() {
            let names: Vec<Value> = keywords
                .iter()
                .map(|k| Value::str(k.arg.as_deref().unwrap_or("").to_string()))
                .collect();
            let i = self.unit().add_const(Value::tuple(names));
            self.emit(Instr::KwNames(i));
        }
        self.emit_call(extra + (args.len() + keywords.len()) as u32);
        Ok(())
    }

    /// `f(*a, **k)`: a positional tuple and a keyword dict, then CALL_FUNCTION_EX.
    pub(super) fn call_ex(&mut self, args: &'a [Expr], keywords: &'a [Keyword]) -> CResult {
        self.starred_tuple(args)?;
        if keywords.is_empty() {
            self.emit(Instr::CallFunctionEx(0));
            return Ok(());
        }
        // cpython: compiler_call_helper — runs of name=value as sub-dicts,
        // each `**m` merged into the dict made so far
        let mut have_dict = false;
        let mut pending: Vec<&'a Keyword> = Vec::new();
        for k in keywords {
            if k.arg.is_some() {
                pending.push(k);
                continue;
            }
            if !pending.is_empty() {
                self.subkwargs(&mut pending)?;
                self.merge_keywords(&mut have_dict);
            }
            if !have_dict {
                self.emit(Instr::BuildMap(0));
                have_dict = true;
            }
            self.expr(&k.value)?;
            self.emit(Instr::DictMerge(1));
        }
        if !pending.is_empty() {
            self.subkwargs(&mut pending)?;
            self.merge_keywords(&mut have_dict);
        }
        self.emit(Instr::CallFunctionEx(1));
        Ok(())
    }

    pub(super) fn merge_keywords(&mut self, have_dict: &mut bool) {
        if *have_dict {
            self.emit(Instr::DictMerge(1));
        }
        *have_dict = true;
    }

    /// cpython: compiler_subkwargs — two or more: the values, the names
    /// tuple and BUILD_CONST_KEY_MAP; one: name, value, BUILD_MAP 1; past
    /// the stack guideline, MAP_ADD pair by pair.
    pub(super) fn subkwargs(&mut self, pending: &mut Vec<&'a Keyword>) -> CResult {
        let n = pending.len();
        let big = n * 2 > 30;
        let name = |k: &Keyword| Value::str(k.arg.as_deref().unwrap_or("").to_string());
        if n > 1 && !big {
            for k in pending.iter() {
                self.expr(&k.value)?;
            }
            self.load_const(Value::tuple(pending.iter().map(|k| name(k)).collect()));
            self.emit(Instr::BuildConstKeyMap(n as u32));
        } else {
            if big {
                self.emit(Instr::BuildMap(0));
            }
            for k in pending.iter() {
                self.load_const(name(k));
                self.expr(&k.value)?;
                if big {
                    self.emit(Instr::MapAdd(1));
                }
            }
            if !big {
                self.emit(Instr::BuildMap(n as u32));
            }
        }
        pending.clear();
        Ok(())
    }

    /// Positional arguments with `*` unpacking as one tuple.
    pub(super) fn starred_tuple(&mut self, args: &'a [Expr]) -> CResult {
        if let [
            Expr {
                kind: ExprKind::Starred(inner),
                ..
            },
        ] = args
        {
            return self.expr(inner);
        }
        self.sequence(args, Seq::Tuple)
    }
}
