//! Dict displays as CPython 3.11's compiler_dict builds them: runs of
//! `key: value` items as sub-dicts (constant keys by BUILD_CONST_KEY_MAP),
//! `**m` merged with DICT_UPDATE, big displays in chunks.

use super::Compiler;
use super::stmt::CResult;
use crate::ast::Expr;
use crate::code::Instr;
use crate::value::Value;

/// cpython: compile.c STACK_USE_GUIDELINE
const STACK_USE_GUIDELINE: usize = 30;

impl<'a> Compiler<'a> {
    /// cpython: compiler_dict — runs of `key: value` items become
    /// sub-dicts (flushed at each `**m` and past the stack guideline),
    /// merged with DICT_UPDATE.
    pub(super) fn dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> CResult {
        let (mut have_dict, mut elements) = (false, 0);
        for i in 0..values.len() {
            if keys[i].is_none() {
                if elements > 0 {
                    self.subdict(&keys[i - elements..i], &values[i - elements..i])?;
                    self.merge_into(&mut have_dict);
                    elements = 0;
                }
                if !have_dict {
                    self.emit(Instr::BuildMap(0));
                    have_dict = true;
                }
                self.expr(&values[i])?;
                self.emit(Instr::DictUpdate(1));
            } else if elements * 2 > STACK_USE_GUIDELINE {
                self.subdict(&keys[i - elements..=i], &values[i - elements..=i])?;
                self.merge_into(&mut have_dict);
                elements = 0;
            } else {
                elements += 1;
            }
        }
        let n = values.len();
        if elements > 0 {
            self.subdict(&keys[n - elements..], &values[n - elements..])?;
            self.merge_into(&mut have_dict);
        }
        if !have_dict {
            self.emit(Instr::BuildMap(0));
        }
        Ok(())
    }

    /// A sub-dict just built joins the dict below it, if there is one.
    fn merge_into(&mut self, have_dict: &mut bool) {
        if *have_dict {
            self.emit(Instr::DictUpdate(1));
        }
        *have_dict = true;
    }

    /// cpython: compiler_subdict — all-constant keys (more than one):
    /// the values, then the keys as one tuple and BUILD_CONST_KEY_MAP;
    /// past the guideline, MAP_ADD one pair at a time; else BUILD_MAP.
    fn subdict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> CResult {
        let n = values.len();
        let big = n * 2 > STACK_USE_GUIDELINE;
        let consts: Option<Vec<Value>> = keys
            .iter()
            .map(|k| k.as_ref().and_then(super::fold::folded))
            .collect();
        if let Some(consts) = consts.filter(|_| n > 1 && !big) {
            for v in values {
                self.expr(v)?;
            }
            self.load_const(Value::tuple(consts));
            self.emit(Instr::BuildConstKeyMap(n as u32));
            return Ok(());
        }
        if big {
            self.emit(Instr::BuildMap(0));
        }
        for (k, v) in keys.iter().zip(values) {
            self.expr(k.as_ref().expect("invariant: a sub-dict has keys"))?;
            self.expr(v)?;
            if big {
                self.emit(Instr::MapAdd(1));
            }
        }
        if !big {
            self.emit(Instr::BuildMap(n as u32));
        }
        Ok(())
    }
}
