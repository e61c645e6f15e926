//! The passes of CPython 3.11's assembler that decide what `dis` shows,
//! run on a unit's instructions once labels are resolved: the implicit
//! `return None` copied over the jumps that reach it, unreachable code and
//! redundant NOPs dropped (cpython: compile.c optimize_cfg,
//! duplicate_exits_without_lineno).

use super::unit::{Handler, Unit, retarget};
use crate::ast::Span;
use crate::code::{Instr, jump_target};

/// One instruction with what the unit keeps beside it.
type Placed = (Instr, u32, Span, Option<Handler>);

impl Unit<'_> {
    pub(super) fn optimize(&mut self) {
        self.no_line = vec![false; self.instrs.len()];
        for &i in &self.artificial {
            self.no_line[i] = true;
        }
        self.swap_unpacked_tuples();
        self.fold_constant_tuples();
        self.fuse_bool_jumps();
        self.thread_jumps();
        self.inline_exit();
        self.remove_unreachable();
        self.jumps_to_next_become_nops();
        self.remove_redundant_nops();
        self.duplicate_exit();
        self.propagate_lines();
        self.trim_unused_consts();
    }

    /// cpython: trim_unused_consts — constants at the end of co_consts
    /// that no instruction loads any more (a folded test, code the
    /// optimizer removed) go; the first always stays (a docstring's place).
    fn trim_unused_consts(&mut self) {
        let used = self
            .instrs
            .iter()
            .filter_map(|i| match i {
                Instr::LoadConst(k) | Instr::KwNames(k) => Some(*k as usize),
                _ => None,
            })
            .max()
            .unwrap_or(0);
        self.consts.truncate(used + 1);
    }

    /// cpython: propagate_line_numbers — an instruction without a line of
    /// its own takes the line before it in its block; at the start of a
    /// block it takes its one predecessor's (the instruction falling into
    /// it, or the one jump to it).
    fn propagate_lines(&mut self) {
        let starts = self.block_starts();
        let n = self.instrs.len();
        let mut jumps_to: Vec<Vec<usize>> = vec![Vec::new(); n];
        for (j, &ins) in self.instrs.iter().enumerate() {
            if let Some(t) = jump_target(ins).filter(|&t| (t as usize) < n) {
                jumps_to[t as usize].push(j);
            }
        }
        let mut moved = vec![false; n];
        for i in 0..n {
            if !self.no_line[i] {
                continue;
            }
            let falls_in = i > 0 && !self.instrs[i - 1].is_terminator();
            let from = match jumps_to[i].as_slice() {
                [j] if starts[i] && !falls_in => *j,
                // after one that moved, in its block (otherwise it keeps
                // the line it was made on, which is the one before it)
                _ if !starts[i] && i > 0 && moved[i - 1] => i - 1,
                _ => continue,
            };
            self.lines[i] = self.lines[from];
            self.spans[i] = self.spans[from];
            moved[i] = true;
        }
    }

    /// cpython: optimize_basic_block — `BUILD_TUPLE n; UNPACK_SEQUENCE n`
    /// (`a, b = b, a`) is nothing for n = 1 and a SWAP for 2 and 3; the
    /// SWAP goes too when the stores after it can trade places.
    fn swap_unpacked_tuples(&mut self) {
        let starts = self.block_starts();
        for i in 0..self.instrs.len().saturating_sub(1) {
            let (Instr::BuildTuple(n), Instr::UnpackSequence(m)) =
                (self.instrs[i], self.instrs[i + 1])
            else {
                continue;
            };
            if n != m || starts[i + 1] {
                continue;
            }
            match n {
                1 => {
                    self.instrs[i] = Instr::Nop;
                    self.instrs[i + 1] = Instr::Nop;
                }
                2 | 3 => {
                    self.instrs[i] = Instr::Nop;
                    self.instrs[i + 1] = Instr::Swap(n);
                    self.apply_static_swap(i + 1, &starts);
                }
                _ => {}
            }
        }
    }

    /// cpython: fold_tuple_on_constants — `LOAD_CONST` × n then
    /// `BUILD_TUPLE n` in one block is one `LOAD_CONST` of the tuple (a
    /// function's defaults, which the AST folding does not see); the loads
    /// become NOPs and the tuple joins the constants.
    fn fold_constant_tuples(&mut self) {
        let starts = self.block_starts();
        for i in 0..self.instrs.len() {
            let Instr::BuildTuple(n) = self.instrs[i] else {
                continue;
            };
            let n = n as usize;
            // (n = 0 folds too: `BUILD_TUPLE 0` is the constant `()`)
            if n > i || (i + 1 - n..=i).any(|k| starts[k]) {
                continue;
            }
            let mut items = Vec::with_capacity(n);
            for k in i - n..i {
                match self.instrs[k] {
                    Instr::LoadConst(c) => items.push(self.consts[c as usize].clone()),
                    _ => break,
                }
            }
            if items.len() != n {
                continue;
            }
            let idx = self.add_const(crate::value::Value::tuple(items));
            for k in i - n..i {
                self.instrs[k] = Instr::Nop;
            }
            self.instrs[i] = Instr::LoadConst(idx);
        }
    }

    /// cpython: optimize_basic_block's JUMP_IF_FALSE_OR_POP and
    /// JUMP_IF_TRUE_OR_POP cases (`a and b or c`): a jump to a jump of the
    /// same sense on the same line goes on to its target; to one of the
    /// opposite sense it becomes a POP_JUMP past it.
    fn fuse_bool_jumps(&mut self) {
        for _ in 0..self.instrs.len() {
            let mut changed = false;
            for i in 0..self.instrs.len() {
                if let Some(fused) = self.fused_jump(i) {
                    self.instrs[i] = fused;
                    changed = true;
                }
            }
            if !changed {
                return;
            }
        }
    }

    /// What the and/or jump at `i` becomes, if anything.
    fn fused_jump(&self, i: usize) -> Option<Instr> {
        use Instr::*;
        let (t, on_false) = match self.instrs[i] {
            JumpIfFalseOrPop(t) => (t, true),
            JumpIfTrueOrPop(t) => (t, false),
            _ => return None,
        };
        let target = *self.instrs.get(t as usize)?;
        if self.lines[i] != self.lines[t as usize] {
            return None;
        }
        let same = |t2: u32| -> Option<Instr> {
            (t2 != t).then_some(if on_false {
                JumpIfFalseOrPop(t2)
            } else {
                JumpIfTrueOrPop(t2)
            })
        };
        match (target, on_false) {
            (PopJumpIfFalse(t2), true) if t2 != t => Some(PopJumpIfFalse(t2)),
            (PopJumpIfTrue(t2), false) if t2 != t => Some(PopJumpIfTrue(t2)),
            (JumpForward(t2) | JumpIfFalseOrPop(t2), true) => same(t2),
            (JumpForward(t2) | JumpIfTrueOrPop(t2), false) => same(t2),
            (JumpIfTrueOrPop(_) | PopJumpIfTrue(_), true) => Some(PopJumpIfFalse(t + 1)),
            (JumpIfFalseOrPop(_) | PopJumpIfFalse(_), false) => Some(PopJumpIfTrue(t + 1)),
            _ => None,
        }
    }

    /// cpython: apply_static_swaps — `SWAP n` before stores to locals (or
    /// POP_TOPs) on one line: swapping the first and the n-th store does
    /// the same, unless they store to the same variable.
    fn apply_static_swap(&mut self, at: usize, starts: &[bool]) {
        let Instr::Swap(n) = self.instrs[at] else {
            return;
        };
        let next = |from: usize, line: Option<u32>| -> Option<usize> {
            let mut k = from + 1;
            while k < self.instrs.len() && !starts[k] {
                if line.is_some_and(|l| self.lines[k] != l) {
                    return None;
                }
                match self.instrs[k] {
                    Instr::Nop => k += 1,
                    Instr::StoreFast(_) | Instr::PopTop => return Some(k),
                    _ => return None,
                }
            }
            None
        };
        let Some(j) = next(at, None) else {
            return;
        };
        let line = Some(self.lines[j]);
        let mut k = j;
        for _ in 1..n {
            match next(k, line) {
                Some(x) => k = x,
                None => return,
            }
        }
        let store = |i: Instr| match i {
            Instr::StoreFast(v) => Some(v),
            _ => None,
        };
        let (sj, sk) = (store(self.instrs[j]), store(self.instrs[k]));
        if sj.is_some() || sk.is_some() {
            let clash = |idx: usize| {
                store(self.instrs[idx]).is_some_and(|s| Some(s) == sj || Some(s) == sk)
            };
            if sj == sk || (j + 1..k).any(clash) {
                return;
            }
        }
        self.instrs[at] = Instr::Nop;
        self.instrs.swap(j, k);
        self.lines.swap(j, k);
        self.spans.swap(j, k);
    }

    /// cpython: optimize_basic_block, jump_thread — a compiler-made jump
    /// to another compiler-made jump goes straight to where that one goes
    /// (both have no line number in CPython, the condition it threads on).
    fn thread_jumps(&mut self) {
        let unconditional = |ins: Instr| match ins {
            Instr::JumpForward(t) | Instr::JumpBackward(t) => Some(t as usize),
            _ => None,
        };
        let mut artificial = vec![false; self.instrs.len()];
        for &i in &self.artificial {
            artificial[i] = true;
        }
        for &i in &self.artificial {
            let Some(mut target) = unconditional(self.instrs[i]) else {
                continue;
            };
            // a chain of jumps is followed to its end (a cycle is cut short)
            for _ in 0..self.instrs.len() {
                match self.instrs.get(target).and_then(|&ins| unconditional(ins)) {
                    Some(next) if next != target && artificial[target] => target = next,
                    _ => break,
                }
            }
            self.instrs[i] = if target <= i {
                Instr::JumpBackward(target as u32)
            } else {
                Instr::JumpForward(target as u32)
            };
        }
    }

    /// The implicit return's two instructions, if nothing moved them.
    fn exit_block(&self) -> Option<usize> {
        let at = self.implicit_return?;
        match self.instrs.get(at..) {
            Some([Instr::LoadConst(_), Instr::ReturnValue]) => Some(at),
            _ => None,
        }
    }

    /// cpython: extend_block — an unconditional jump to the implicit
    /// return becomes a copy of it, on the jump's line.
    fn inline_exit(&mut self) {
        let Some(exit) = self.exit_block() else {
            return;
        };
        let jumps: Vec<usize> = (0..self.instrs.len())
            .filter(|&i| {
                matches!(self.instrs[i], Instr::JumpForward(t) | Instr::JumpBackward(t) if t as usize == exit)
            })
            .collect();
        // from the last jump back, so the earlier ones keep their index
        for &i in jumps.iter().rev() {
            let Some(exit) = self.exit_block() else {
                return;
            };
            let copy = self.copy_of(exit, i);
            let no_line = self.no_line[i];
            self.splice(i, 1, copy);
            // a copy in place of a jump without a line has none either
            self.no_line[i] = no_line;
            self.no_line[i + 1] = no_line;
        }
    }

    /// cpython: duplicate_exits_without_lineno — when the implicit return
    /// has several predecessors, each conditional jump to it gets its own
    /// copy, placed right after it, on the jump's line.
    fn duplicate_exit(&mut self) {
        let Some(exit) = self.exit_block() else {
            return;
        };
        let falls_in = exit > 0 && !self.instrs[exit - 1].is_terminator();
        let jumps: Vec<usize> = (0..self.instrs.len())
            .filter(|&i| jump_target(self.instrs[i]) == Some(exit as u32))
            .collect();
        let mut predecessors = jumps.len() + usize::from(falls_in);
        for &j in jumps.iter().rev() {
            if predecessors <= 1 {
                break;
            }
            let copy = self.copy_of(exit, j);
            let to = exit as u32 + 2;
            self.splice(exit + 2, 0, copy);
            self.instrs[j] = retarget(self.instrs[j], |_| to);
            predecessors -= 1;
        }
        // left to the first jump alone, it takes that jump's line
        // (cpython: propagate_line_numbers)
        if !falls_in && let Some(&j) = jumps.first() {
            self.relocate(exit, j);
        }
    }

    /// The implicit return at `exit` on the line of the instruction at `from`.
    fn relocate(&mut self, exit: usize, from: usize) {
        for k in exit..exit + 2 {
            self.lines[k] = self.lines[from];
            self.spans[k] = self.spans[from];
        }
    }

    /// The implicit return's instructions with the line, span and handler
    /// of the instruction at `from`.
    fn copy_of(&self, exit: usize, from: usize) -> Vec<Placed> {
        self.instrs[exit..exit + 2]
            .iter()
            .map(|&ins| {
                (
                    ins,
                    self.lines[from],
                    self.spans[from],
                    self.handlers_of[from],
                )
            })
            .collect()
    }

    /// Replaces `remove` instructions at `at` with `insert`; jumps, labels
    /// and the implicit return's index past them move along.
    fn splice(&mut self, at: usize, remove: usize, insert: Vec<Placed>) {
        let k = insert.len();
        let shift = |t: u32| -> u32 {
            let t = t as usize;
            let moved = if t < at {
                t
            } else if t < at + remove {
                at
            } else {
                t + k - remove
            };
            moved as u32
        };
        for ins in &mut self.instrs {
            *ins = retarget(*ins, shift);
        }
        for l in self.labels.iter_mut().flatten() {
            *l = shift(*l);
        }
        if let Some(r) = &mut self.implicit_return {
            *r = shift(*r as u32) as usize;
        }
        let range = at..at + remove;
        self.instrs
            .splice(range.clone(), insert.iter().map(|p| p.0));
        self.lines.splice(range.clone(), insert.iter().map(|p| p.1));
        self.spans.splice(range.clone(), insert.iter().map(|p| p.2));
        self.handlers_of
            .splice(range.clone(), insert.iter().map(|p| p.3));
        self.no_line.splice(range, insert.iter().map(|_| false));
    }

    /// Drops instructions no path reaches (code after a `return`, a
    /// `finally` body after a returning `try`), as CPython's optimizer does.
    fn remove_unreachable(&mut self) {
        let reach = self.reachable();
        self.keep_only(&reach);
    }

    /// cpython: optimize_cfg's last step — an unconditional jump to the
    /// instruction right after it is a NOP (kept only where it holds a line).
    fn jumps_to_next_become_nops(&mut self) {
        for i in 0..self.instrs.len() {
            if let Instr::JumpForward(t) = self.instrs[i]
                && t as usize == i + 1
            {
                self.instrs[i] = Instr::Nop;
            }
        }
    }

    /// cpython: compile.c remove_redundant_nops — a NOP (`pass`, a dropped
    /// constant) stays only where it is the one instruction of its line: it
    /// goes when the instruction before it in its basic block, or the one
    /// after it, has the same line.
    fn remove_redundant_nops(&mut self) {
        let starts = self.block_starts();
        let n = self.instrs.len();
        let mut keep = vec![true; n];
        let mut prev_line = None;
        for i in 0..n {
            if starts[i] {
                prev_line = None;
            }
            let line = self.lines[i];
            if matches!(self.instrs[i], Instr::Nop)
                && (prev_line == Some(line) || self.lines.get(i + 1) == Some(&line))
            {
                keep[i] = false;
                continue;
            }
            prev_line = Some(line);
        }
        self.keep_only(&keep);
    }

    /// Where basic blocks begin: the entry, every label (jump and handler
    /// targets), and after every jump, return or raise.
    fn block_starts(&self) -> Vec<bool> {
        let n = self.instrs.len();
        let mut starts = vec![false; n + 1];
        starts[0] = true;
        for &l in self.labels.iter().flatten() {
            starts[l as usize] = true;
        }
        for (i, ins) in self.instrs.iter().enumerate() {
            if ins.is_terminator() || crate::code::jump_target(*ins).is_some() {
                starts[i + 1] = true;
            }
        }
        starts
    }

    /// Keeps the instructions marked in `keep`; jumps and labels to a
    /// dropped one move to the next kept instruction.
    fn keep_only(&mut self, keep: &[bool]) {
        let mut new_index = Vec::with_capacity(self.instrs.len() + 1);
        let mut n = 0u32;
        for &k in keep {
            new_index.push(n);
            n += k as u32;
        }
        new_index.push(n);
        let remap = |t: u32| new_index[t as usize];
        retain_marked(&mut self.instrs, keep);
        retain_marked(&mut self.lines, keep);
        retain_marked(&mut self.spans, keep);
        retain_marked(&mut self.handlers_of, keep);
        retain_marked(&mut self.no_line, keep);
        for ins in &mut self.instrs {
            *ins = retarget(*ins, remap);
        }
        for l in self.labels.iter_mut().flatten() {
            *l = remap(*l);
        }
        self.implicit_return = self.implicit_return.map(|i| remap(i as u32) as usize);
    }

    /// Which instructions can run: from the entry, along fall-through,
    /// jumps and exception handlers.
    fn reachable(&self) -> Vec<bool> {
        let n = self.instrs.len();
        let mut reach = vec![false; n];
        let mut work = vec![0usize];
        while let Some(i) = work.pop() {
            if i >= n || reach[i] {
                continue;
            }
            reach[i] = true;
            let ins = self.instrs[i];
            if let Some(t) = crate::code::jump_target(ins) {
                work.push(t as usize);
            }
            if let Some(h) = self.handlers_of[i] {
                work.push(
                    self.labels[h.label.0 as usize].expect("invariant: handler labels are bound")
                        as usize,
                );
            }
            if !ins.is_terminator() {
                work.push(i + 1);
            }
        }
        reach
    }
}

/// Keeps the items whose index is marked in `keep`.
fn retain_marked<T>(items: &mut Vec<T>, keep: &[bool]) {
    let mut i = 0;
    items.retain(|_| {
        i += 1;
        keep[i - 1]
    });
}
