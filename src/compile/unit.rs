//! One code object under construction: instructions, constants, names,
//! fast locals, labels, the frame-block stack and the exception handlers
//! in force. `finish` resolves labels and cell offsets into a `Code`.

use crate::ast::Name;
use crate::code::{Code, ExceptEntry, Instr, SlotKind, flags};
use crate::symtable::{Block, BlockKind, Scope};
use crate::value::Value;
use indexmap::IndexSet;
use std::rc::Rc;

/// A jump target, resolved to an instruction index by `finish`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Label(pub u32);

/// An exception handler in force: where to go and what stack depth to keep.
#[derive(Debug, Clone, Copy)]
pub struct Handler {
    pub label: Label,
    pub depth: u32,
    pub lasti: bool,
}

/// What a statement is nested in, for `break`, `continue` and `return`
/// to unwind. cpython: compile.c enum fblocktype.
#[derive(Clone)]
pub enum FBlock<'a> {
    WhileLoop {
        start: Label,
        exit: Label,
    },
    /// The iterator is on the stack.
    ForLoop {
        start: Label,
        exit: Label,
    },
    TryExcept,
    /// A `try` whose `finally` body must run on the way out.
    FinallyTry {
        body: &'a [crate::ast::Stmt],
    },
    /// Inside a `finally` body run because of an exception: prev exc and exc on the stack.
    FinallyEnd,
    /// Inside an `except` body: the previous exception on the stack; the
    /// name bound by `as`, if any, is cleared on the way out.
    HandlerCleanup {
        name: Option<Name>,
    },
    /// A value (the return value during an inline `finally`) on the stack.
    PopValue,
    /// Inside the `except*` clauses: the original exception, the list of
    /// what they raised and the rest on the stack; nothing may jump out.
    ExceptStarHandler,
    /// Inside a `with` body: the manager's `__exit__` on the stack.
    With {
        span: crate::ast::Span,
        /// `async with`: `__aexit__`'s result is awaited.
        is_async: bool,
    },
}

impl FBlock<'_> {
    /// How many stack slots this block keeps under the statements inside it.
    pub fn depth(&self) -> u32 {
        match self {
            FBlock::ForLoop { .. }
            | FBlock::HandlerCleanup { .. }
            | FBlock::PopValue
            | FBlock::With { .. } => 1,
            FBlock::FinallyEnd => 2,
            FBlock::ExceptStarHandler => 3,
            _ => 0,
        }
    }
}

pub struct Unit<'a> {
    pub block: &'a Block,
    /// The same block, as the code object will hold it.
    pub shared: Rc<Block>,
    pub instrs: Vec<Instr>,
    pub lines: Vec<u32>,
    pub spans: Vec<crate::ast::Span>,
    pub(super) handlers_of: Vec<Option<Handler>>,
    pub consts: Vec<Value>,
    pub names: IndexSet<Name>,
    pub varnames: IndexSet<Name>,
    /// co_cellvars: captured parameters in parameter order, then the other cells sorted.
    pub cellvars: Vec<Name>,
    pub freevars: Vec<Name>,
    pub(super) labels: Vec<Option<u32>>,
    pub fblocks: Vec<FBlock<'a>>,
    pub handlers: Vec<Handler>,
    pub line: u32,
    /// The source range of the node being compiled (its columns feed the
    /// carets under a traceback line).
    pub span: crate::ast::Span,
    pub firstlineno: u32,
    /// co_argcount, co_posonlyargcount, co_kwonlyargcount, and the
    /// VARARGS / VARKEYWORDS flags, set by the function compiler.
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub arg_flags: u32,
    /// Where the implicit `return None` at the end of the body starts.
    pub implicit_return: Option<usize>,
    /// The jumps the compiler added on its own (see `emit_artificial`).
    pub artificial: Vec<usize>,
    /// During optimization: which instructions have no line of their own
    /// (the artificial ones), kept in step with `instrs`.
    pub(super) no_line: Vec<bool>,
}

impl<'a> Unit<'a> {
    pub fn new(block: &'a Block, line: u32) -> Unit<'a> {
        let varnames: IndexSet<Name> = if block.is_function_like() {
            block.params.iter().cloned().collect()
        } else {
            IndexSet::new()
        };
        let (cellvars, freevars) = (block.cellvars(), block.freevars());
        Unit {
            block,
            shared: Rc::new(block.clone()),
            instrs: Vec::new(),
            lines: Vec::new(),
            spans: Vec::new(),
            handlers_of: Vec::new(),
            consts: Vec::new(),
            names: IndexSet::new(),
            varnames,
            cellvars,
            freevars,
            labels: Vec::new(),
            fblocks: Vec::new(),
            handlers: Vec::new(),
            line,
            span: crate::ast::Span {
                line,
                end_line: line,
                ..Default::default()
            },
            firstlineno: line,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            arg_flags: 0,
            implicit_return: None,
            artificial: Vec::new(),
            no_line: Vec::new(),
        }
    }

    /// The node being compiled; its instructions get its location.
    pub fn set_span(&mut self, span: crate::ast::Span) {
        self.line = span.line;
        self.span = span;
    }

    /// A location known only by its line.
    pub fn set_line(&mut self, line: u32) {
        self.set_span(crate::ast::Span {
            line,
            end_line: line,
            ..Default::default()
        });
    }

    pub fn emit(&mut self, instr: Instr) {
        self.instrs.push(instr);
        self.lines.push(self.line);
        self.spans.push(self.span);
        self.handlers_of.push(self.handlers.last().copied());
    }

    pub fn new_label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() as u32 - 1)
    }

    /// The next instruction emitted is the target of `label`.
    pub fn bind(&mut self, label: Label) {
        self.labels[label.0 as usize] = Some(self.instrs.len() as u32);
    }

    pub fn is_bound(&self, label: Label) -> bool {
        self.labels[label.0 as usize].is_some()
    }

    pub fn add_const(&mut self, value: Value) -> u32 {
        if let Some(i) = self.consts.iter().position(|c| same_const(c, &value)) {
            return i as u32;
        }
        self.consts.push(value);
        self.consts.len() as u32 - 1
    }

    /// A `co_names` entry (attribute, global, import), mangled inside a
    /// class as CPython mangles every name instruction's argument.
    pub fn add_name(&mut self, name: &Name) -> u32 {
        self.names.insert_full(self.block.mangle(name)).0 as u32
    }

    /// The fast-local index of `name`, adding it to co_varnames on first use
    /// (cpython: compiler_nameop adds locals as it meets them).
    pub fn varname(&mut self, name: &Name) -> u32 {
        self.varnames.insert_full(name.clone()).0 as u32
    }

    /// The provisional deref index of a cell or free name: its position in
    /// cellvars + freevars, fixed to a fast-local slot by `finish`.
    pub fn deref_index(&self, name: &str) -> u32 {
        if let Some(i) = self.cellvars.iter().position(|n| &**n == name) {
            return i as u32;
        }
        let i = self
            .freevars
            .iter()
            .position(|n| &**n == name)
            .expect("invariant: deref of a cell or free name");
        (self.cellvars.len() + i) as u32
    }

    /// The statement-level stack depth the frame blocks keep.
    pub fn depth(&self) -> u32 {
        self.fblocks.iter().map(FBlock::depth).sum()
    }

    pub fn push_handler(&mut self, label: Label, extra: u32, lasti: bool) -> Handler {
        let h = Handler {
            label,
            depth: self.depth() + extra,
            lasti,
        };
        self.handlers.push(h);
        h
    }

    pub fn pop_handler(&mut self) {
        self.handlers.pop();
    }

    /// Resolves labels and cell offsets and builds the code object.
    pub fn finish(mut self, filename: Name, source: Rc<str>, enclosing: Vec<Rc<Block>>) -> Code {
        let layout = self.localsplus();
        self.fix_cell_offsets(&layout);
        self.resolve_labels();
        self.optimize();
        let exception_table = self.exception_table();
        let nnames = self.names.len();
        let name_hashes = self
            .names
            .iter()
            .map(|n| crate::value::str::hash_text(n))
            .collect();
        let block = self.block;
        let fl = code_flags(block) | self.arg_flags;
        let (argcount, posonly, kwonly) =
            (self.argcount, self.posonlyargcount, self.kwonlyargcount);
        let stacksize = self
            .instrs
            .iter()
            .map(|i| i.pushes() as usize)
            .sum::<usize>()
            + 3;
        let plain = fl & (flags::VARARGS | flags::VARKEYWORDS) == 0 && kwonly == 0;
        Code {
            warnings: Vec::new(),
            stacksize,
            plain_argcount: if plain { argcount as usize } else { usize::MAX },
            name: block.name.clone(),
            qualname: Rc::from(block.qualname.as_str()),
            filename,
            source,
            firstlineno: self.firstlineno,
            instrs: self.instrs,
            lines: self.lines,
            spans: self.spans,
            consts: self.consts,
            names: self.names.into_iter().collect(),
            global_slots: Default::default(),
            attr_hints: vec![std::cell::Cell::new(0); nnames].into_boxed_slice(),
            method_cache: crate::code::method_caches(nnames),
            name_hashes,
            varnames: self.varnames.into_iter().collect(),
            cellvars: self.cellvars,
            freevars: self.freevars,
            localsplus: layout,
            argcount,
            posonlyargcount: posonly,
            kwonlyargcount: kwonly,
            flags: fl,
            exception_table,
            block: self.shared,
            enclosing,
        }
    }

    /// fast locals: [varnames][cellvars not args][freevars]
    fn localsplus(&self) -> Vec<(Name, SlotKind)> {
        let mut out: Vec<(Name, SlotKind)> = self
            .varnames
            .iter()
            .map(|n| {
                let kind = if self.cellvars.contains(n) {
                    SlotKind::Cell
                } else {
                    SlotKind::Local
                };
                (n.clone(), kind)
            })
            .collect();
        for c in &self.cellvars {
            if !self.varnames.contains(c) {
                out.push((c.clone(), SlotKind::Cell));
            }
        }
        out.extend(self.freevars.iter().map(|f| (f.clone(), SlotKind::Free)));
        out
    }

    /// cpython: assemble.c fix_cell_offsets — deref indexes become slots.
    fn fix_cell_offsets(&mut self, layout: &[(Name, SlotKind)]) {
        let ncells = self.cellvars.len();
        let slot_of = |i: u32| -> u32 {
            let i = i as usize;
            let name = if i < ncells {
                &self.cellvars[i]
            } else {
                &self.freevars[i - ncells]
            };
            let kind = if i < ncells {
                SlotKind::Cell
            } else {
                SlotKind::Free
            };
            layout
                .iter()
                .position(|(n, k)| n == name && *k == kind)
                .expect("invariant: every deref name has a slot") as u32
        };
        let fixed: Vec<Instr> = self
            .instrs
            .iter()
            .map(|ins| match *ins {
                Instr::MakeCell(i) => Instr::MakeCell(slot_of(i)),
                Instr::LoadClosure(i) => Instr::LoadClosure(slot_of(i)),
                Instr::LoadDeref(i) => Instr::LoadDeref(slot_of(i)),
                Instr::StoreDeref(i) => Instr::StoreDeref(slot_of(i)),
                Instr::DeleteDeref(i) => Instr::DeleteDeref(slot_of(i)),
                Instr::LoadClassDeref(i) => Instr::LoadClassDeref(slot_of(i)),
                other => other,
            })
            .collect();
        self.instrs = fixed;
    }

    fn resolve_labels(&mut self) {
        let labels = &self.labels;
        let at = |l: u32| labels[l as usize].expect("invariant: every label is bound");
        for ins in &mut self.instrs {
            *ins = retarget(*ins, at);
        }
    }

    /// Merges each instruction's handler into non-overlapping ranges.
    fn exception_table(&self) -> Vec<ExceptEntry> {
        let mut out: Vec<ExceptEntry> = Vec::new();
        for (i, h) in self.handlers_of.iter().enumerate() {
            let Some(h) = h else { continue };
            let target =
                self.labels[h.label.0 as usize].expect("invariant: handler labels are bound");
            let i = i as u32;
            match out.last_mut() {
                Some(e)
                    if e.end == i
                        && e.target == target
                        && e.depth == h.depth
                        && e.lasti == h.lasti =>
                {
                    e.end = i + 1
                }
                _ => out.push(ExceptEntry {
                    start: i,
                    end: i + 1,
                    target,
                    depth: h.depth,
                    lasti: h.lasti,
                }),
            }
        }
        out
    }
}

/// The same jump with its target passed through `f`.
pub(super) fn retarget(ins: Instr, f: impl Fn(u32) -> u32) -> Instr {
    match ins {
        Instr::ForIter(l) => Instr::ForIter(f(l)),
        Instr::JumpForward(l) => Instr::JumpForward(f(l)),
        Instr::JumpBackward(l) => Instr::JumpBackward(f(l)),
        Instr::JumpBackwardNoInterrupt(l) => Instr::JumpBackwardNoInterrupt(f(l)),
        Instr::PopJumpIfFalse(l) => Instr::PopJumpIfFalse(f(l)),
        Instr::PopJumpIfTrue(l) => Instr::PopJumpIfTrue(f(l)),
        Instr::PopJumpIfNone(l) => Instr::PopJumpIfNone(f(l)),
        Instr::PopJumpIfNotNone(l) => Instr::PopJumpIfNotNone(f(l)),
        Instr::JumpIfFalseOrPop(l) => Instr::JumpIfFalseOrPop(f(l)),
        Instr::JumpIfTrueOrPop(l) => Instr::JumpIfTrueOrPop(f(l)),
        Instr::Send(l) => Instr::Send(f(l)),
        other => other,
    }
}

fn code_flags(block: &Block) -> u32 {
    let mut fl = 0;
    if block.is_function_like() {
        fl |= flags::OPTIMIZED | flags::NEWLOCALS;
    }
    if block.parent.is_some_and(|_| block.kind != BlockKind::Class)
        && block.symbols.values().any(|s| s.scope == Scope::Free)
    {
        fl |= flags::NESTED;
    }
    if block.is_coroutine && block.is_generator {
        fl |= flags::ASYNC_GENERATOR;
    } else if block.is_coroutine {
        fl |= flags::COROUTINE;
    } else if block.is_generator {
        fl |= flags::GENERATOR;
    }
    fl
}

/// Constants are shared when equal and of the same type (cpython: merge_consts).
fn same_const(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::None, Value::None) => true,
        (Value::Ellipsis, Value::Ellipsis) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Float(x), Value::Float(y)) => x.to_bits() == y.to_bits(),
        (Value::Complex(x), Value::Complex(y)) => {
            x.re.to_bits() == y.re.to_bits() && x.im.to_bits() == y.im.to_bits()
        }
        (Value::Str(x), Value::Str(y)) => x.as_str() == y.as_str(),
        (Value::BigInt(x), Value::BigInt(y)) => x == y,
        // cpython: _PyCode_ConstantKey — tuples merge item by item, with
        // the same strictness (1, 1.0 and True stay apart)
        (Value::Tuple(x), Value::Tuple(y)) => {
            x.items.len() == y.items.len()
                && x.items
                    .iter()
                    .zip(y.items.iter())
                    .all(|(a, b)| same_const(a, b))
        }
        _ => false,
    }
}
