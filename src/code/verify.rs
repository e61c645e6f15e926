//! The code verifier: the facts the VM's unsafe hot loop takes on trust,
//! checked on a compiled code object. Debug builds run it on every code
//! object the compiler makes, so the whole test corpus checks the compiler.
//!
//! It walks every path from instruction 0 and from every exception
//! handler, tracking the value-stack depth (`stack_effect`), and refuses:
//! a pop below the frame's own values, a depth over `stacksize`, two paths
//! meeting at different depths, a jump or handler outside the code, and an
//! operand naming a slot, constant or name the code does not have.

use super::{Code, Instr, SlotKind};
use crate::value::Value;

/// Why a code object was refused: the instruction and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyError {
    pub qualname: String,
    pub at: usize,
    pub problem: String,
}

impl std::fmt::Display for VerifyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} at {}: {}", self.qualname, self.at, self.problem)
    }
}

/// Checks one code object (not the code objects in its constants).
pub fn verify(code: &Code) -> Result<(), VerifyError> {
    Walk::new(code).run()
}

/// Checks `code` and, recursively, every code object in its constants.
pub fn verify_all(code: &Code) -> Result<(), VerifyError> {
    verify(code)?;
    code.children().try_for_each(|c| verify_all(c))
}

/// The deepest the value stack gets on any path: CPython's `co_stacksize`
/// (cpython: compile.c stackdepth), or None for code that does not verify.
pub fn max_depth(code: &Code) -> Option<usize> {
    let mut walk = Walk::new(code);
    walk.check_table().ok()?;
    while let Some((at, d)) = walk.todo.pop() {
        walk.visit(at, d).ok()?;
    }
    walk.depth.iter().flatten().max().map(|&d| d as usize)
}

/// The net stack effect of `i`, along its jump (`jump`) or its fall-through.
// cpython: compile.c stack_effect (with cellar's operand conventions)
pub fn stack_effect(i: Instr, jump: bool) -> i64 {
    use Instr::*;
    match i {
        Resume(_)
        | Nop
        | DeleteFast(_)
        | DeleteDeref(_)
        | DeleteGlobal(_)
        | DeleteName(_)
        | MakeCell(_)
        | CopyFreeVars(_)
        | LoadAttr(_)
        | UnaryNegative
        | UnaryPositive
        | UnaryNot
        | UnaryInvert
        | ListToTuple
        | GetIter
        | JumpForward(_)
        | JumpBackward(_)
        | JumpBackwardNoInterrupt(_)
        | KwNames(_)
        | Precall(_)
        | YieldValue
        | Swap(_)
        | CheckExcMatch
        | CheckEgMatch
        | GetYieldFromIter
        | AsyncGenWrap
        | SetupAnnotations => 0,
        PushNull | Copy(_) | LoadConst(_) | LoadFast(_) | LoadClosure(_) | LoadDeref(_)
        | LoadClassDeref(_) | LoadName(_) | LoadMethod(_) | PushExcInfo | LoadAssertionError
        | LoadBuildClass | ImportFrom(_) | ReturnGenerator | BeforeWith | WithExceptStart
        | BeforeAsyncWith | GetAnext => 1,
        GetAwaitable(_) | GetAiter => 0,
        EndAsyncFor => -2,
        PopTop | PrepReraiseStar | ImportStar | StoreFast(_) | StoreDeref(_) | StoreGlobal(_)
        | StoreName(_) | DeleteAttr(_) | BinaryOp(_) | CompareOp(_) | IsOp(_) | ContainsOp(_)
        | BinarySubscr | ListAppend(_) | SetAdd(_) | ListExtend(_) | SetUpdate(_)
        | DictUpdate(_) | DictMerge(_) | PopJumpIfFalse(_) | PopJumpIfTrue(_)
        | PopJumpIfNone(_) | PopJumpIfNotNone(_) | ReturnValue | PopExcept | ImportName(_)
        | PrintExpr => -1,
        StoreAttr(_) | DeleteSubscr | MapAdd(_) => -2,
        StoreSubscr => -3,
        LoadGlobal(i) => 1 + (i & 1) as i64,
        BuildList(n) | BuildTuple(n) | BuildSet(n) | BuildSlice(n) | BuildString(n) => 1 - n as i64,
        BuildMap(n) => 1 - 2 * n as i64,
        BuildConstKeyMap(n) => -(n as i64),
        UnpackSequence(n) => n as i64 - 1,
        UnpackEx(arg) => ((arg & 0xff) + (arg >> 8)) as i64,
        ForIter(_) => {
            if jump {
                -1
            } else {
                1
            }
        }
        Send(_) => {
            if jump {
                -1
            } else {
                0
            }
        }
        JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => {
            if jump {
                0
            } else {
                -1
            }
        }
        Call(n) => -(n as i64 + 1),
        CallFunctionEx(f) => -(2 + (f & 1) as i64),
        MakeFunction(f) => -(f.count_ones() as i64),
        RaiseVarargs(n) => -(n as i64),
        Reraise(lasti) => -1 - (lasti != 0) as i64,
        FormatValue(f) => -((f & 4 != 0) as i64),
    }
}

/// How many values `i` needs on the stack before it runs.
fn needs(i: Instr) -> i64 {
    use Instr::*;
    match i {
        Copy(n) | Swap(n) => n as i64,
        ListAppend(n) | SetAdd(n) | ListExtend(n) | SetUpdate(n) | DictUpdate(n) | DictMerge(n) => {
            n as i64 + 1
        }
        MapAdd(n) => n as i64 + 2,
        BuildConstKeyMap(n) => n as i64 + 1,
        Call(n) => n as i64 + 2,
        CallFunctionEx(f) => 3 + (f & 1) as i64,
        MakeFunction(f) => 1 + f.count_ones() as i64,
        BuildMap(n) => 2 * n as i64,
        BuildList(n) | BuildTuple(n) | BuildSet(n) | BuildSlice(n) | BuildString(n) => n as i64,
        UnpackSequence(_) | UnpackEx(_) | GetIter | ForIter(_) | PopTop | ImportStar
        | StoreFast(_) | StoreDeref(_) | StoreGlobal(_) | StoreName(_) | LoadAttr(_)
        | DeleteAttr(_) | LoadMethod(_) | UnaryNegative | UnaryPositive | UnaryNot
        | UnaryInvert | ListToTuple | PopJumpIfFalse(_) | PopJumpIfTrue(_) | PopJumpIfNone(_)
        | PopJumpIfNotNone(_) | JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) | ReturnValue
        | YieldValue | PushExcInfo | PopExcept | ImportFrom(_) | PrintExpr | GetYieldFromIter
        | BeforeWith | AsyncGenWrap => 1,
        BeforeAsyncWith | GetAwaitable(_) | GetAiter | GetAnext => 1,
        EndAsyncFor => 2,
        WithExceptStart => 4,
        StoreAttr(_) | BinaryOp(_) | CompareOp(_) | IsOp(_) | ContainsOp(_) | BinarySubscr
        | DeleteSubscr | Send(_) | CheckExcMatch | ImportName(_) | CheckEgMatch
        | PrepReraiseStar => 2,
        StoreSubscr => 3,
        FormatValue(f) => 1 + (f & 4 != 0) as i64,
        RaiseVarargs(n) => n as i64,
        Reraise(lasti) => 1 + (lasti != 0) as i64,
        _ => 0,
    }
}

/// One verification: the depth reached at each instruction so far.
struct Walk<'c> {
    code: &'c Code,
    depth: Vec<Option<i64>>,
    todo: Vec<(usize, i64)>,
}

impl<'c> Walk<'c> {
    fn new(code: &'c Code) -> Walk<'c> {
        Walk {
            code,
            depth: vec![None; code.instrs.len()],
            todo: vec![(0, 0)],
        }
    }

    /// Follows every path; handlers are entered from each instruction they cover.
    fn run(mut self) -> Result<(), VerifyError> {
        self.check_table()?;
        while let Some((at, d)) = self.todo.pop() {
            self.visit(at, d)?;
        }
        Ok(())
    }

    fn fail(&self, at: usize, problem: String) -> VerifyError {
        VerifyError {
            qualname: self.code.qualname.to_string(),
            at,
            problem,
        }
    }

    /// Handler rows name instructions of this code.
    fn check_table(&self) -> Result<(), VerifyError> {
        let n = self.code.instrs.len() as u32;
        for e in &self.code.exception_table {
            if e.start > e.end || e.end > n || e.target >= n {
                return Err(self.fail(e.target as usize, format!("bad handler row {e:?}")));
            }
        }
        Ok(())
    }

    /// Records depth `d` at `at`, then queues its successors.
    fn visit(&mut self, at: usize, d: i64) -> Result<(), VerifyError> {
        let Some(&instr) = self.code.instrs.get(at) else {
            return Err(self.fail(at, "control runs past the last instruction".into()));
        };
        match self.depth[at] {
            Some(seen) if seen == d => return Ok(()),
            Some(seen) => {
                return Err(self.fail(at, format!("paths meet at depths {seen} and {d}")));
            }
            None => self.depth[at] = Some(d),
        }
        if d < needs(instr) {
            return Err(self.fail(
                at,
                format!("{instr:?} needs {} values, has {d}", needs(instr)),
            ));
        }
        self.check_operand(at, instr)?;
        self.enter_handler(at, d)?;
        if let Some(t) = super::jump_target(instr) {
            self.follow(at, t as usize, d + stack_effect(instr, true))?;
        }
        if !instr.is_terminator() {
            self.follow(at, at + 1, d + stack_effect(instr, false))?;
        }
        Ok(())
    }

    /// Queues `to` at depth `d`, within the code's stack bound.
    fn follow(&mut self, from: usize, to: usize, d: i64) -> Result<(), VerifyError> {
        if to >= self.code.instrs.len() {
            return Err(self.fail(from, format!("jump to {to}, past the end")));
        }
        if d < 0 || d as usize > self.code.stacksize {
            let bound = self.code.stacksize;
            return Err(self.fail(from, format!("depth {d} outside 0..={bound}")));
        }
        self.todo.push((to, d));
        Ok(())
    }

    /// An exception at `at` cuts the stack to the handler's depth, then
    /// pushes the offset (lasti) and the exception.
    fn enter_handler(&mut self, at: usize, d: i64) -> Result<(), VerifyError> {
        let Some(h) = self.code.handler_for(at as u32).copied() else {
            return Ok(());
        };
        if (h.depth as i64) > d {
            return Err(self.fail(at, format!("handler depth {} above {d}", h.depth)));
        }
        self.follow(at, h.target as usize, h.depth as i64 + h.lasti as i64 + 1)
    }

    /// The operand names something this code has.
    fn check_operand(&self, at: usize, instr: Instr) -> Result<(), VerifyError> {
        use Instr::*;
        let c = self.code;
        let slot_ok = |i: u32, kinds: &[SlotKind]| {
            c.localsplus
                .get(i as usize)
                .is_some_and(|(_, k)| kinds.contains(k))
        };
        let ok = match instr {
            LoadFast(i) | StoreFast(i) | DeleteFast(i) => (i as usize) < c.nlocalsplus(),
            MakeCell(i) => slot_ok(i, &[SlotKind::Cell]),
            LoadClosure(i) | LoadDeref(i) | StoreDeref(i) | DeleteDeref(i) | LoadClassDeref(i) => {
                slot_ok(i, &[SlotKind::Cell, SlotKind::Free])
            }
            CopyFreeVars(n) => n as usize == c.freevars.len(),
            LoadConst(i) => (i as usize) < c.consts.len(),
            KwNames(i) => matches!(c.consts.get(i as usize), Some(Value::Tuple(_))),
            LoadGlobal(i) => ((i >> 1) as usize) < c.names.len(),
            StoreGlobal(i) | DeleteGlobal(i) | LoadName(i) | StoreName(i) | DeleteName(i)
            | LoadAttr(i) | StoreAttr(i) | DeleteAttr(i) | LoadMethod(i) | ImportName(i)
            | ImportFrom(i) => (i as usize) < c.names.len(),
            _ => true,
        };
        if ok {
            Ok(())
        } else {
            Err(self.fail(at, format!("{instr:?}: operand out of range")))
        }
    }
}
