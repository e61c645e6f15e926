//! The rest of `dis` beyond `dis.dis`: `get_instructions` (a list of
//! `dis.Instruction` with CPython 3.11's fields, opcodes and repr),
//! `code_info` and `show_code` (CPython's text), and `opmap`. Everything is
//! read from the code objects the VM runs (`src/dis.rs` describes them).

use super::super::Module;
use super::super::methods::native::{native_class, new_instance};
use crate::code::{Code, Instr};
use crate::exception::{Exc, PyResult};
use crate::value::{Class, Dict, Name, Value};
use crate::vm::Vm;
use std::rc::Rc;

type Kw<'a> = &'a [(Name, Value)];

/// `dis.Instruction`'s fields, in its namedtuple order.
const FIELDS: [&str; 9] = [
    "opname",
    "opcode",
    "arg",
    "argval",
    "argrepr",
    "offset",
    "starts_line",
    "is_jump_target",
    "positions",
];

const POSITIONS: [&str; 4] = ["lineno", "end_lineno", "col_offset", "end_col_offset"];

thread_local! {
    static INSTRUCTION: Rc<Class> =
        native_class("Instruction", "dis", &[("__repr__", instruction_repr)]);
    static POSITIONS_CLASS: Rc<Class> =
        native_class("Positions", "dis", &[("__repr__", positions_repr)]);
}

pub(super) fn module(m: &Module) {
    m.def("get_instructions", get_instructions);
    m.def("code_info", code_info);
    m.def("show_code", show_code);
    m.set("Instruction", Value::Class(INSTRUCTION.with(|c| c.clone())));
    m.set(
        "Positions",
        Value::Class(POSITIONS_CLASS.with(|c| c.clone())),
    );
    let opmap = Dict::new();
    for (name, op) in OPMAP {
        opmap.set_str(name, Value::Int(*op));
    }
    m.set("opmap", Value::dict(opmap));
}

/// The code object `dis` functions take: a function, method, generator
/// or code object (cpython: dis._get_code_object, minus source strings).
fn code_of(func: &str, v: Option<&Value>) -> PyResult<Rc<Code>> {
    match v {
        Some(Value::Function(f)) => Ok(f.code.clone()),
        Some(Value::Code(c)) => Ok(c.clone()),
        Some(Value::Generator(g)) => Ok(g.code.clone()),
        Some(Value::Method(m)) => code_of(func, Some(&m.func)),
        Some(other) => Err(Exc::type_error(format!(
            "don't know how to disassemble {} objects",
            other.type_name()
        ))),
        None => Err(Exc::type_error(format!(
            "{func}() missing 1 required positional argument: 'x'"
        ))),
    }
}

/// `dis.get_instructions(x)`: an iterator of `Instruction`s (CACHE
/// entries hidden, as by default).
fn get_instructions(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let code = code_of("get_instructions", args.first())?;
    let list = Value::list(instructions(&code));
    vm.get_iter(&list)
}

fn instructions(code: &Code) -> Vec<Value> {
    let class = INSTRUCTION.with(|c| c.clone());
    let offsets = crate::dis::offsets(code);
    // get_instructions marks jump targets only (dis.dis marks handlers too)
    let targets: Vec<usize> = code
        .instrs
        .iter()
        .filter_map(|&i| crate::code::jump_target(i).map(|t| t as usize))
        .collect();
    crate::dis::lines(code)
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let fields = [
                Value::str(l.opname),
                Value::Int(opcode(l.opname)),
                l.arg.map_or(Value::None, |a| Value::Int(a as i64)),
                argval(code, &offsets, l),
                Value::str(l.argrepr.clone()),
                Value::Int(l.offset as i64),
                l.line.map_or(Value::None, |n| Value::Int(n as i64)),
                Value::Bool(targets.contains(&i)),
                positions(code, i),
            ];
            let attrs: Vec<(&str, Value)> = FIELDS.iter().copied().zip(fields).collect();
            new_instance(&class, &attrs)
        })
        .collect()
}

/// What `argval` holds: the constant, the name, the jump target's offset,
/// the comparison, FORMAT_VALUE's (converter, has_spec); else the arg.
fn argval(code: &Code, offsets: &[usize], l: &crate::dis::Line) -> Value {
    let Some(arg) = l.arg else {
        return Value::None;
    };
    match l.instr {
        Instr::LoadConst(k) | Instr::KwNames(k) => {
            code.consts.get(k as usize).cloned().unwrap_or(Value::None)
        }
        Instr::LoadGlobal(n) => name(&code.names, n >> 1),
        Instr::CompareOp(_) => Value::str(l.argrepr.clone()),
        Instr::FormatValue(f) => {
            let conv = ["", "str", "repr", "ascii"][(f & 3) as usize];
            let func = crate::builtins::lookup(conv).unwrap_or(Value::None);
            Value::tuple(vec![func, Value::Bool(f & 4 != 0)])
        }
        other => match crate::code::jump_target(other) {
            Some(t) => Value::Int(offsets[t as usize] as i64),
            None if has_name(other) => name(&code.names, arg),
            None if has_local(other) => code
                .localsplus
                .get(arg as usize)
                .map_or(Value::None, |(n, _)| Value::str(n.to_string())),
            None => Value::Int(arg as i64),
        },
    }
}

fn name(names: &[Name], i: u32) -> Value {
    names
        .get(i as usize)
        .map_or(Value::None, |n| Value::str(n.to_string()))
}

/// Instructions whose arg indexes `co_names`.
fn has_name(i: Instr) -> bool {
    matches!(
        i,
        Instr::StoreGlobal(_)
            | Instr::DeleteGlobal(_)
            | Instr::LoadName(_)
            | Instr::StoreName(_)
            | Instr::DeleteName(_)
            | Instr::LoadAttr(_)
            | Instr::StoreAttr(_)
            | Instr::DeleteAttr(_)
            | Instr::LoadMethod(_)
            | Instr::ImportName(_)
            | Instr::ImportFrom(_)
    )
}

/// Instructions whose arg indexes the fast locals (cells and frees too).
fn has_local(i: Instr) -> bool {
    matches!(
        i,
        Instr::LoadFast(_)
            | Instr::StoreFast(_)
            | Instr::DeleteFast(_)
            | Instr::MakeCell(_)
            | Instr::LoadClosure(_)
            | Instr::LoadDeref(_)
            | Instr::StoreDeref(_)
            | Instr::DeleteDeref(_)
            | Instr::LoadClassDeref(_)
    )
}

/// `Positions(lineno=..., ...)` from the instruction's source span; all
/// None for an instruction with no line (COPY_FREE_VARS, MAKE_CELL).
fn positions(code: &Code, i: usize) -> Value {
    let class = POSITIONS_CLASS.with(|c| c.clone());
    let span = code.spans.get(i).filter(|_| code.lines[i] > 0);
    let values = match span {
        Some(s) => {
            let (end_line, end_col) = name_end(code, i, s).unwrap_or((s.end_line, s.end_col));
            [s.line, end_line, s.col, end_col].map(|n| Value::Int(n as i64))
        }
        None => [Value::None, Value::None, Value::None, Value::None],
    };
    let attrs: Vec<(&str, Value)> = POSITIONS.iter().copied().zip(values).collect();
    new_instance(&class, &attrs)
}

/// A callee's LOAD_GLOBAL carries the call's span; CPython's position is
/// the name's own, which starts the call in the source.
fn name_end(code: &Code, i: usize, s: &crate::ast::Span) -> Option<(u32, u32)> {
    let Instr::LoadGlobal(n) = code.instrs[i] else {
        return None;
    };
    let name = code.names.get((n >> 1) as usize)?;
    let line = code.source.lines().nth(s.line.checked_sub(1)? as usize)?;
    let rest: String = line.chars().skip(s.col as usize).collect();
    let at_name = rest.starts_with(&**name)
        && !rest[name.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_');
    at_name.then(|| (s.line, s.col + name.chars().count() as u32))
}

/// A namedtuple's repr: `Name(field=repr, ...)`.
fn fields_repr(vm: &mut Vm, args: &[Value], class: &str, fields: &[&str]) -> PyResult<Value> {
    let Some(Value::Instance(this)) = args.first() else {
        return Err(Exc::type_error(format!(
            "{class}.__repr__ needs an instance"
        )));
    };
    let mut parts = Vec::with_capacity(fields.len());
    for f in fields {
        let v = this.dict.get_str(f).unwrap_or(Value::None);
        parts.push(format!("{f}={}", vm.repr(&v)?));
    }
    Ok(Value::str(format!("{class}({})", parts.join(", "))))
}

fn instruction_repr(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    fields_repr(vm, args, "Instruction", &FIELDS)
}

fn positions_repr(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    fields_repr(vm, args, "Positions", &POSITIONS)
}

/// `dis.code_info(x)`: CPython's text, without a trailing newline.
fn code_info(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let code = code_of("code_info", args.first())?;
    Ok(Value::str(info_text(vm, &code)?))
}

/// `dis.show_code(x)`: prints `code_info(x)`.
fn show_code(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let code = code_of("show_code", args.first())?;
    let text = info_text(vm, &code)?;
    vm.write_out(&text);
    vm.write_out("\n");
    Ok(Value::None)
}

/// cpython: dis._format_code_info.
fn info_text(vm: &mut Vm, code: &Code) -> PyResult<String> {
    let mut lines = vec![
        format!("Name:              {}", code.name),
        format!("Filename:          {}", code.filename),
        format!("Argument count:    {}", code.argcount),
        format!("Positional-only arguments: {}", code.posonlyargcount),
        format!("Kw-only arguments: {}", code.kwonlyargcount),
        format!("Number of locals:  {}", code.varnames.len()),
        format!("Stack size:        {}", stack_size(code)),
        format!("Flags:             {}", pretty_flags(code.flags)),
    ];
    if !code.consts.is_empty() {
        lines.push("Constants:".into());
        for (i, c) in code.consts.iter().enumerate() {
            lines.push(format!("{i:>4}: {}", vm.repr(c)?));
        }
    }
    for (title, names) in [
        ("Names:", &code.names),
        ("Variable names:", &code.varnames),
        ("Free variables:", &code.freevars),
        ("Cell variables:", &code.cellvars),
    ] {
        if !names.is_empty() {
            lines.push(title.into());
            lines.extend(
                names
                    .iter()
                    .enumerate()
                    .map(|(i, n)| format!("{i:>4}: {n}")),
            );
        }
    }
    Ok(lines.join("\n"))
}

/// `co_stacksize` as CPython computes it (cellar's own `stacksize` is a
/// looser bound the VM reserves).
fn stack_size(code: &Code) -> usize {
    crate::code::max_depth(code).unwrap_or(code.stacksize)
}

/// cpython: dis.pretty_flags — the flag names, lowest bit first.
fn pretty_flags(mut flags: u32) -> String {
    const NAMES: [&str; 10] = [
        "OPTIMIZED",
        "NEWLOCALS",
        "VARARGS",
        "VARKEYWORDS",
        "NESTED",
        "GENERATOR",
        "NOFREE",
        "COROUTINE",
        "ITERABLE_COROUTINE",
        "ASYNC_GENERATOR",
    ];
    let mut names = Vec::new();
    for bit in 0..32 {
        let flag = 1u32 << bit;
        if flags & flag != 0 {
            names.push(
                NAMES
                    .get(bit)
                    .map_or(format!("{flag:#x}"), |n| n.to_string()),
            );
            flags ^= flag;
            if flags == 0 {
                return names.join(", ");
            }
        }
    }
    names.push(format!("{flags:#x}"));
    names.join(", ")
}

/// CPython 3.11's opcode numbers (`opcode.opmap`).
fn opcode(name: &str) -> i64 {
    OPMAP
        .iter()
        .find(|(n, _)| *n == name)
        .map_or(0, |(_, op)| *op)
}

const OPMAP: &[(&str, i64)] = &[
    ("CACHE", 0),
    ("POP_TOP", 1),
    ("PUSH_NULL", 2),
    ("NOP", 9),
    ("UNARY_POSITIVE", 10),
    ("UNARY_NEGATIVE", 11),
    ("UNARY_NOT", 12),
    ("UNARY_INVERT", 15),
    ("BINARY_SUBSCR", 25),
    ("GET_LEN", 30),
    ("MATCH_MAPPING", 31),
    ("MATCH_SEQUENCE", 32),
    ("MATCH_KEYS", 33),
    ("PUSH_EXC_INFO", 35),
    ("CHECK_EXC_MATCH", 36),
    ("CHECK_EG_MATCH", 37),
    ("WITH_EXCEPT_START", 49),
    ("GET_AITER", 50),
    ("GET_ANEXT", 51),
    ("BEFORE_ASYNC_WITH", 52),
    ("BEFORE_WITH", 53),
    ("END_ASYNC_FOR", 54),
    ("STORE_SUBSCR", 60),
    ("DELETE_SUBSCR", 61),
    ("GET_ITER", 68),
    ("GET_YIELD_FROM_ITER", 69),
    ("PRINT_EXPR", 70),
    ("LOAD_BUILD_CLASS", 71),
    ("LOAD_ASSERTION_ERROR", 74),
    ("RETURN_GENERATOR", 75),
    ("LIST_TO_TUPLE", 82),
    ("RETURN_VALUE", 83),
    ("IMPORT_STAR", 84),
    ("IMPORT_STAR", 84),
    ("SETUP_ANNOTATIONS", 85),
    ("YIELD_VALUE", 86),
    ("ASYNC_GEN_WRAP", 87),
    ("PREP_RERAISE_STAR", 88),
    ("POP_EXCEPT", 89),
    ("STORE_NAME", 90),
    ("DELETE_NAME", 91),
    ("UNPACK_SEQUENCE", 92),
    ("FOR_ITER", 93),
    ("UNPACK_EX", 94),
    ("STORE_ATTR", 95),
    ("DELETE_ATTR", 96),
    ("STORE_GLOBAL", 97),
    ("DELETE_GLOBAL", 98),
    ("SWAP", 99),
    ("LOAD_CONST", 100),
    ("LOAD_NAME", 101),
    ("BUILD_TUPLE", 102),
    ("BUILD_LIST", 103),
    ("BUILD_SET", 104),
    ("BUILD_MAP", 105),
    ("LOAD_ATTR", 106),
    ("COMPARE_OP", 107),
    ("IMPORT_NAME", 108),
    ("IMPORT_FROM", 109),
    ("JUMP_FORWARD", 110),
    ("JUMP_IF_FALSE_OR_POP", 111),
    ("JUMP_IF_TRUE_OR_POP", 112),
    ("POP_JUMP_FORWARD_IF_FALSE", 114),
    ("POP_JUMP_FORWARD_IF_TRUE", 115),
    ("LOAD_GLOBAL", 116),
    ("IS_OP", 117),
    ("CONTAINS_OP", 118),
    ("RERAISE", 119),
    ("COPY", 120),
    ("BINARY_OP", 122),
    ("SEND", 123),
    ("LOAD_FAST", 124),
    ("STORE_FAST", 125),
    ("DELETE_FAST", 126),
    ("POP_JUMP_FORWARD_IF_NOT_NONE", 128),
    ("POP_JUMP_FORWARD_IF_NONE", 129),
    ("RAISE_VARARGS", 130),
    ("GET_AWAITABLE", 131),
    ("MAKE_FUNCTION", 132),
    ("BUILD_SLICE", 133),
    ("JUMP_BACKWARD_NO_INTERRUPT", 134),
    ("MAKE_CELL", 135),
    ("LOAD_CLOSURE", 136),
    ("LOAD_DEREF", 137),
    ("STORE_DEREF", 138),
    ("DELETE_DEREF", 139),
    ("JUMP_BACKWARD", 140),
    ("CALL_FUNCTION_EX", 142),
    ("EXTENDED_ARG", 144),
    ("LIST_APPEND", 145),
    ("SET_ADD", 146),
    ("MAP_ADD", 147),
    ("LOAD_CLASSDEREF", 148),
    ("COPY_FREE_VARS", 149),
    ("RESUME", 151),
    ("MATCH_CLASS", 152),
    ("FORMAT_VALUE", 155),
    ("BUILD_CONST_KEY_MAP", 156),
    ("BUILD_STRING", 157),
    ("LOAD_METHOD", 160),
    ("LIST_EXTEND", 162),
    ("SET_UPDATE", 163),
    ("DICT_MERGE", 164),
    ("DICT_UPDATE", 165),
    ("PRECALL", 166),
    ("CALL", 171),
    ("KW_NAMES", 172),
    ("POP_JUMP_BACKWARD_IF_NOT_NONE", 173),
    ("POP_JUMP_BACKWARD_IF_NONE", 174),
    ("POP_JUMP_BACKWARD_IF_FALSE", 175),
    ("POP_JUMP_BACKWARD_IF_TRUE", 176),
];
