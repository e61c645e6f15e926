//! Code → text in CPython 3.11's `dis.dis` layout: line, jump-target
//! marker, offset, opname, arg, (argrepr); then the exception table and
//! the nested code objects. The instructions shown are the ones the VM
//! runs; offsets count bytes as CPython's do, inline cache entries
//! included, so they line up with `python3 -m dis`.

use crate::code::{COMPARE_OPS, Code, Instr};
use crate::value::Value;
use std::fmt::Write;

/// One instruction ready to print.
pub struct Line {
    pub line: Option<u32>,
    pub jump_target: bool,
    pub offset: usize,
    pub opname: &'static str,
    pub arg: Option<u32>,
    pub argrepr: String,
    pub instr: Instr,
}

/// The whole disassembly of `code` and its nested code objects.
pub fn disassemble(code: &Code) -> String {
    let mut out = String::new();
    disassemble_into(code, &mut out);
    out
}

fn disassemble_into(code: &Code, out: &mut String) {
    out.push_str(&disassemble_one(code));
    for child in code.children() {
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "Disassembly of {}:",
            crate::vm::object_repr(&Value::Code(child.clone()))
        );
        disassemble_into(child, out);
    }
}

/// One code object without its children.
pub fn disassemble_one(code: &Code) -> String {
    let mut out = String::new();
    let lines = lines(code);
    let width = lines
        .iter()
        .filter_map(|l| l.line)
        .max()
        .map_or(3, |m| m.to_string().len().max(3));
    for (i, l) in lines.iter().enumerate() {
        if i > 0 && l.line.is_some() {
            out.push('\n');
        }
        out.push_str(&format_line(l, width));
        out.push('\n');
    }
    exception_table(code, &mut out);
    out
}

/// The instructions of `code` with everything `dis` shows about them.
pub fn lines(code: &Code) -> Vec<Line> {
    let targets = jump_targets(code);
    let offsets = offsets(code);
    let mut prev_line = None;
    code.instrs
        .iter()
        .enumerate()
        .map(|(i, &instr)| {
            let line = Some(code.lines[i]).filter(|&l| l > 0);
            // (a module's RESUME is at line 0 in CPython; elsewhere 0 is "none")
            let module_start = i == 0 && &*code.name == "<module>";
            let line = if module_start { Some(0) } else { line };
            let starts = if line.is_some() && line != prev_line {
                line
            } else {
                None
            };
            if line.is_some() {
                prev_line = line;
            }
            let (opname, arg, argrepr) = describe_at(code, &offsets, i, instr);
            Line {
                line: starts,
                jump_target: targets.contains(&i),
                offset: offsets[i],
                opname,
                arg,
                argrepr,
                instr,
            }
        })
        .collect()
}

/// `  3     >>   12 LOAD_FAST                0 (x)`
pub fn format_line(l: &Line, width: usize) -> String {
    let lineno = match l.line {
        Some(n) => format!("{n:>width$}"),
        None => " ".repeat(width),
    };
    let mut s = format!(
        "{} {} {} {:>4} {:<20}",
        lineno,
        "   ",
        if l.jump_target { ">>" } else { "  " },
        l.offset,
        l.opname
    );
    if let Some(a) = l.arg {
        let _ = write!(s, " {a:>5}");
        if !l.argrepr.is_empty() {
            let _ = write!(s, " ({})", l.argrepr);
        }
    }
    s.trim_end().to_string()
}

fn exception_table(code: &Code, out: &mut String) {
    if code.exception_table.is_empty() {
        return;
    }
    let offsets = offsets(code);
    out.push_str("ExceptionTable:\n");
    for e in &code.exception_table {
        let lasti = if e.lasti { " lasti" } else { "" };
        let (start, end, target) = (
            offsets[e.start as usize],
            offsets[e.end as usize] - 2,
            offsets[e.target as usize],
        );
        let _ = writeln!(out, "  {start} to {end} -> {target} [{}]{}", e.depth, lasti);
    }
}

/// The byte offset of every instruction, one past the end included.
pub fn offsets(code: &Code) -> Vec<usize> {
    let mut out = Vec::with_capacity(code.instrs.len() + 1);
    let mut at = 0;
    for &i in &code.instrs {
        out.push(at);
        at += 2 * (1 + cache_entries(i));
    }
    out.push(at);
    out
}

/// How many inline cache entries CPython 3.11 puts after an instruction
/// (cpython: opcode.py _inline_cache_entries).
fn cache_entries(i: Instr) -> usize {
    match i {
        Instr::BinarySubscr | Instr::StoreAttr(_) | Instr::LoadAttr(_) | Instr::Call(_) => 4,
        Instr::StoreSubscr | Instr::UnpackSequence(_) | Instr::BinaryOp(_) | Instr::Precall(_) => 1,
        Instr::CompareOp(_) => 2,
        Instr::LoadGlobal(_) => 5,
        Instr::LoadMethod(_) => 10,
        _ => 0,
    }
}

fn jump_targets(code: &Code) -> Vec<usize> {
    let mut t: Vec<usize> = code.instrs.iter().filter_map(|i| jump_target(*i)).collect();
    t.extend(code.exception_table.iter().map(|e| e.target as usize));
    t
}

fn jump_target(i: Instr) -> Option<usize> {
    crate::code::jump_target(i).map(|t| t as usize)
}

/// The CPython name of an instruction and its displayed arg and argrepr.
pub fn describe(code: &Code, at: usize, instr: Instr) -> (&'static str, Option<u32>, String) {
    describe_at(code, &offsets(code), at, instr)
}

fn describe_at(
    code: &Code,
    offsets: &[usize],
    at: usize,
    instr: Instr,
) -> (&'static str, Option<u32>, String) {
    let local = |i: u32| {
        code.localsplus
            .get(i as usize)
            .map_or(String::new(), |(n, _)| n.to_string())
    };
    let name = |i: u32| {
        code.names
            .get(i as usize)
            .map_or(String::new(), |n| n.to_string())
    };
    let jump = |t: u32| {
        let (target, next) = (offsets[t as usize], offsets[at + 1]);
        let delta = target.abs_diff(next);
        (Some((delta / 2) as u32), format!("to {target}"))
    };
    let op = directed_opname(instr, at);
    let (arg, argrepr) = match instr {
        Instr::Resume(n) | Instr::GetAwaitable(n) => (Some(n), String::new()),
        Instr::LoadConst(i) => (Some(i), const_repr(code.consts.get(i as usize))),
        Instr::LoadFast(i)
        | Instr::StoreFast(i)
        | Instr::DeleteFast(i)
        | Instr::MakeCell(i)
        | Instr::LoadClosure(i)
        | Instr::LoadDeref(i)
        | Instr::StoreDeref(i)
        | Instr::DeleteDeref(i)
        | Instr::LoadClassDeref(i) => (Some(i), local(i)),
        Instr::LoadGlobal(i) => (
            Some(i),
            if i & 1 == 1 {
                format!("NULL + {}", name(i >> 1))
            } else {
                name(i >> 1)
            },
        ),
        Instr::StoreGlobal(i)
        | Instr::DeleteGlobal(i)
        | Instr::LoadName(i)
        | Instr::StoreName(i)
        | Instr::DeleteName(i)
        | Instr::LoadAttr(i)
        | Instr::StoreAttr(i)
        | Instr::DeleteAttr(i)
        | Instr::LoadMethod(i)
        | Instr::ImportName(i)
        | Instr::ImportFrom(i) => (Some(i), name(i)),
        Instr::BinaryOp(a) => (Some(a.oparg()), a.symbol()),
        Instr::CompareOp(i) => (
            Some(i),
            COMPARE_OPS.get(i as usize).unwrap_or(&"?").to_string(),
        ),
        Instr::MakeFunction(f) => (Some(f), make_function_flags(f)),
        Instr::FormatValue(f) => (Some(f), format_value_repr(f)),
        // cpython 3.11's dis shows KW_NAMES without its constant
        Instr::KwNames(i) => (Some(i), String::new()),
        i if jump_target(i).is_some() => {
            let (a, r) = jump(jump_target(i).expect("invariant: checked") as u32);
            (a, r)
        }
        other => (operand(other), String::new()),
    };
    (op, arg, argrepr)
}

fn const_repr(v: Option<&Value>) -> String {
    match v {
        Some(Value::Str(s)) => crate::vm::str_repr(s.as_str()),
        Some(Value::Code(_)) => crate::vm::object_repr(v.expect("invariant: matched Some")),
        Some(Value::Tuple(t)) => {
            let parts: Vec<String> = t.items.iter().map(|x| const_repr(Some(x))).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Some(Value::None) => "None".into(),
        Some(Value::Bool(b)) => if *b { "True" } else { "False" }.into(),
        Some(Value::Int(i)) => i.to_string(),
        Some(Value::BigInt(b)) => b.to_string(),
        Some(Value::Float(f)) => crate::value::float::float_repr(*f),
        Some(Value::Complex(c)) => crate::value::complex::repr(**c),
        Some(Value::Ellipsis) => "Ellipsis".into(),
        Some(Value::Bytes(b)) => b.repr(),
        Some(Value::Set(s)) => {
            let parts: Vec<String> = s.items().iter().map(|x| const_repr(Some(x))).collect();
            format!("frozenset({{{}}})", parts.join(", "))
        }
        _ => String::new(),
    }
}

/// MAKE_FUNCTION's flags as dis names them.
pub fn make_function_flags(f: u32) -> String {
    let names = ["defaults", "kwdefaults", "annotations", "closure"];
    names
        .iter()
        .enumerate()
        .filter(|(i, _)| f & (1 << i) != 0)
        .map(|(_, n)| *n)
        .collect::<Vec<_>>()
        .join(", ")
}

fn format_value_repr(f: u32) -> String {
    let conv = match f & 3 {
        1 => "str",
        2 => "repr",
        3 => "ascii",
        _ => "",
    };
    match (conv, f & 4 != 0) {
        ("", true) => "with format".into(),
        (c, true) => format!("{c}, with format"),
        (c, false) => c.into(),
    }
}

/// 3.11 names conditional jumps by direction: POP_JUMP_FORWARD_IF_FALSE.
fn directed_opname(i: Instr, at: usize) -> &'static str {
    let back = jump_target(i).is_some_and(|t| t <= at);
    match (i, back) {
        (Instr::PopJumpIfFalse(_), false) => "POP_JUMP_FORWARD_IF_FALSE",
        (Instr::PopJumpIfFalse(_), true) => "POP_JUMP_BACKWARD_IF_FALSE",
        (Instr::PopJumpIfTrue(_), false) => "POP_JUMP_FORWARD_IF_TRUE",
        (Instr::PopJumpIfTrue(_), true) => "POP_JUMP_BACKWARD_IF_TRUE",
        (Instr::PopJumpIfNone(_), false) => "POP_JUMP_FORWARD_IF_NONE",
        (Instr::PopJumpIfNone(_), true) => "POP_JUMP_BACKWARD_IF_NONE",
        (Instr::PopJumpIfNotNone(_), false) => "POP_JUMP_FORWARD_IF_NOT_NONE",
        (Instr::PopJumpIfNotNone(_), true) => "POP_JUMP_BACKWARD_IF_NOT_NONE",
        _ => opname(i),
    }
}

/// The operand of instructions shown with a bare number.
fn operand(i: Instr) -> Option<u32> {
    match i {
        Instr::Copy(n)
        | Instr::Swap(n)
        | Instr::CopyFreeVars(n)
        | Instr::IsOp(n)
        | Instr::ContainsOp(n)
        | Instr::BuildList(n)
        | Instr::BuildTuple(n)
        | Instr::BuildSet(n)
        | Instr::BuildMap(n)
        | Instr::BuildConstKeyMap(n)
        | Instr::BuildSlice(n)
        | Instr::BuildString(n)
        | Instr::ListAppend(n)
        | Instr::SetAdd(n)
        | Instr::MapAdd(n)
        | Instr::ListExtend(n)
        | Instr::SetUpdate(n)
        | Instr::DictUpdate(n)
        | Instr::DictMerge(n)
        | Instr::UnpackSequence(n)
        | Instr::UnpackEx(n)
        | Instr::Call(n)
        | Instr::Precall(n)
        | Instr::CallFunctionEx(n)
        | Instr::RaiseVarargs(n)
        | Instr::Reraise(n) => Some(n),
        _ => None,
    }
}

/// CPython's name for an instruction.
pub fn opname(i: Instr) -> &'static str {
    match i {
        Instr::Resume(_) => "RESUME",
        Instr::Nop => "NOP",
        Instr::PopTop => "POP_TOP",
        Instr::PushNull => "PUSH_NULL",
        Instr::Copy(_) => "COPY",
        Instr::Swap(_) => "SWAP",
        Instr::LoadConst(_) => "LOAD_CONST",
        Instr::LoadFast(_) => "LOAD_FAST",
        Instr::StoreFast(_) => "STORE_FAST",
        Instr::DeleteFast(_) => "DELETE_FAST",
        Instr::MakeCell(_) => "MAKE_CELL",
        Instr::CopyFreeVars(_) => "COPY_FREE_VARS",
        Instr::LoadClosure(_) => "LOAD_CLOSURE",
        Instr::LoadDeref(_) => "LOAD_DEREF",
        Instr::StoreDeref(_) => "STORE_DEREF",
        Instr::DeleteDeref(_) => "DELETE_DEREF",
        Instr::LoadClassDeref(_) => "LOAD_CLASSDEREF",
        Instr::LoadGlobal(_) => "LOAD_GLOBAL",
        Instr::StoreGlobal(_) => "STORE_GLOBAL",
        Instr::DeleteGlobal(_) => "DELETE_GLOBAL",
        Instr::LoadName(_) => "LOAD_NAME",
        Instr::StoreName(_) => "STORE_NAME",
        Instr::DeleteName(_) => "DELETE_NAME",
        Instr::LoadAttr(_) => "LOAD_ATTR",
        Instr::StoreAttr(_) => "STORE_ATTR",
        Instr::DeleteAttr(_) => "DELETE_ATTR",
        Instr::LoadMethod(_) => "LOAD_METHOD",
        Instr::BinaryOp(_) => "BINARY_OP",
        Instr::CompareOp(_) => "COMPARE_OP",
        Instr::IsOp(_) => "IS_OP",
        Instr::ContainsOp(_) => "CONTAINS_OP",
        Instr::UnaryNegative => "UNARY_NEGATIVE",
        Instr::UnaryPositive => "UNARY_POSITIVE",
        Instr::UnaryNot => "UNARY_NOT",
        Instr::UnaryInvert => "UNARY_INVERT",
        Instr::BinarySubscr => "BINARY_SUBSCR",
        Instr::StoreSubscr => "STORE_SUBSCR",
        Instr::DeleteSubscr => "DELETE_SUBSCR",
        Instr::BuildList(_) => "BUILD_LIST",
        Instr::BuildTuple(_) => "BUILD_TUPLE",
        Instr::BuildSet(_) => "BUILD_SET",
        Instr::BuildMap(_) => "BUILD_MAP",
        Instr::BuildConstKeyMap(_) => "BUILD_CONST_KEY_MAP",
        Instr::BuildSlice(_) => "BUILD_SLICE",
        Instr::BuildString(_) => "BUILD_STRING",
        Instr::ListAppend(_) => "LIST_APPEND",
        Instr::SetAdd(_) => "SET_ADD",
        Instr::MapAdd(_) => "MAP_ADD",
        Instr::ListExtend(_) => "LIST_EXTEND",
        Instr::SetUpdate(_) => "SET_UPDATE",
        Instr::DictUpdate(_) => "DICT_UPDATE",
        Instr::DictMerge(_) => "DICT_MERGE",
        Instr::ListToTuple => "LIST_TO_TUPLE",
        Instr::UnpackSequence(_) => "UNPACK_SEQUENCE",
        Instr::UnpackEx(_) => "UNPACK_EX",
        Instr::GetIter => "GET_ITER",
        Instr::ForIter(_) => "FOR_ITER",
        Instr::JumpForward(_) => "JUMP_FORWARD",
        Instr::JumpBackward(_) => "JUMP_BACKWARD",
        Instr::JumpBackwardNoInterrupt(_) => "JUMP_BACKWARD_NO_INTERRUPT",
        Instr::PopJumpIfFalse(_) => "POP_JUMP_IF_FALSE",
        Instr::PopJumpIfTrue(_) => "POP_JUMP_IF_TRUE",
        Instr::PopJumpIfNone(_) => "POP_JUMP_IF_NONE",
        Instr::PopJumpIfNotNone(_) => "POP_JUMP_IF_NOT_NONE",
        Instr::JumpIfFalseOrPop(_) => "JUMP_IF_FALSE_OR_POP",
        Instr::JumpIfTrueOrPop(_) => "JUMP_IF_TRUE_OR_POP",
        Instr::KwNames(_) => "KW_NAMES",
        Instr::Precall(_) => "PRECALL",
        Instr::Call(_) => "CALL",
        Instr::CallFunctionEx(_) => "CALL_FUNCTION_EX",
        Instr::MakeFunction(_) => "MAKE_FUNCTION",
        Instr::ReturnValue => "RETURN_VALUE",
        Instr::YieldValue => "YIELD_VALUE",
        Instr::ReturnGenerator => "RETURN_GENERATOR",
        Instr::Send(_) => "SEND",
        Instr::RaiseVarargs(_) => "RAISE_VARARGS",
        Instr::PushExcInfo => "PUSH_EXC_INFO",
        Instr::PopExcept => "POP_EXCEPT",
        Instr::CheckExcMatch => "CHECK_EXC_MATCH",
        Instr::CheckEgMatch => "CHECK_EG_MATCH",
        Instr::PrepReraiseStar => "PREP_RERAISE_STAR",
        Instr::Reraise(_) => "RERAISE",
        Instr::LoadAssertionError => "LOAD_ASSERTION_ERROR",
        Instr::FormatValue(_) => "FORMAT_VALUE",
        Instr::LoadBuildClass => "LOAD_BUILD_CLASS",
        Instr::SetupAnnotations => "SETUP_ANNOTATIONS",
        Instr::ImportName(_) => "IMPORT_NAME",
        Instr::ImportFrom(_) => "IMPORT_FROM",
        Instr::ImportStar => "IMPORT_STAR",
        Instr::PrintExpr => "PRINT_EXPR",
        Instr::GetYieldFromIter => "GET_YIELD_FROM_ITER",
        Instr::BeforeWith => "BEFORE_WITH",
        Instr::BeforeAsyncWith => "BEFORE_ASYNC_WITH",
        Instr::GetAwaitable(_) => "GET_AWAITABLE",
        Instr::GetAiter => "GET_AITER",
        Instr::GetAnext => "GET_ANEXT",
        Instr::EndAsyncFor => "END_ASYNC_FOR",
        Instr::AsyncGenWrap => "ASYNC_GEN_WRAP",
        Instr::WithExceptStart => "WITH_EXCEPT_START",
    }
}

/// Every code object of a module: itself, then its children in consts
/// order, depth-first.
pub fn code_objects(code: &std::rc::Rc<Code>) -> Vec<std::rc::Rc<Code>> {
    let mut out = vec![code.clone()];
    for child in code.children() {
        out.extend(code_objects(child));
    }
    out
}

fn names_repr(names: &[crate::value::Name]) -> String {
    let parts: Vec<String> = names.iter().map(|n| crate::vm::str_repr(n)).collect();
    match parts.len() {
        1 => format!("({},)", parts[0]),
        _ => format!("({})", parts.join(", ")),
    }
}

/// `qualname: varnames=(...) cellvars=(...) freevars=(...)` per code object
/// (the format of tests/tools/dump_scopes.py).
pub fn dump_scopes(code: &std::rc::Rc<Code>) -> String {
    let mut out = String::new();
    for c in code_objects(code) {
        let _ = writeln!(
            out,
            "{}: varnames={} cellvars={} freevars={}",
            c.qualname,
            names_repr(&c.varnames),
            names_repr(&c.cellvars),
            names_repr(&c.freevars)
        );
    }
    out
}

/// The name instructions of every code object (the format of
/// tests/tools/dump_names.py).
pub fn dump_names(code: &std::rc::Rc<Code>) -> String {
    let mut out = String::new();
    for c in code_objects(code) {
        let _ = writeln!(out, "== {}", c.qualname);
        for (i, &instr) in c.instrs.iter().enumerate() {
            if let Some(text) = name_instruction(&c, i, instr) {
                let _ = writeln!(out, "{text}");
            }
        }
    }
    out
}

fn name_instruction(code: &Code, at: usize, instr: Instr) -> Option<String> {
    let (op, arg, argrepr) = describe(code, at, instr);
    let shown = match instr {
        Instr::MakeFunction(_) => argrepr,
        Instr::CopyFreeVars(n) => n.to_string(),
        Instr::LoadGlobal(i) => code.names.get((i >> 1) as usize)?.to_string(),
        Instr::MakeCell(_)
        | Instr::LoadClosure(_)
        | Instr::LoadFast(_)
        | Instr::StoreFast(_)
        | Instr::DeleteFast(_)
        | Instr::LoadDeref(_)
        | Instr::StoreDeref(_)
        | Instr::DeleteDeref(_)
        | Instr::LoadClassDeref(_)
        | Instr::StoreGlobal(_)
        | Instr::DeleteGlobal(_)
        | Instr::LoadName(_)
        | Instr::StoreName(_)
        | Instr::DeleteName(_) => argrepr,
        _ => return None,
    };
    let _ = arg;
    Some(if shown.is_empty() {
        op.to_string()
    } else {
        format!("{op} {shown}")
    })
}
