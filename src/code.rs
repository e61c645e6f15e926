//! Code objects and the instruction set the VM executes.
//!
//! The compiler makes a `Code` per scope block; the VM runs its `instrs`;
//! `dis` prints them. Opcode names and fast-locals layout are CPython 3.11's:
//!
//! ```text
//!     fast locals: [varnames][cellvars that are not parameters][freevars]
//! ```
//!
//! A captured parameter keeps its varnames slot; `MAKE_CELL` turns the slot's
//! value into a cell at frame entry.

use crate::symtable::Block;
use crate::value::{Name, Value};
use crate::vm::Globals;
use std::rc::Rc;

mod verify;
pub use verify::{VerifyError, max_depth, stack_effect, verify, verify_all};

/// An index into a code object's consts, names or fast locals.
pub type Arg = u32;

/// One instruction: opcode plus its operand. Stack effects are written
/// as `before -- after`, top of stack on the right.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Instr {
    /// No effect; where a frame starts or resumes: 0 at the start, 1 after
    /// a `yield`, 2 after a `yield from` step (RESUME n).
    Resume(Arg),
    /// -- ; does nothing.
    Nop,
    /// x -- ; discard the top of stack.
    PopTop,
    /// -- NULL ; the NULL below a callable that is not a method.
    PushNull,
    /// x -- x x(i) ; push a copy of the i-th item (1 = top).
    Copy(Arg),
    /// ... a b -- ... b a ; swap the top with the i-th item.
    Swap(Arg),
    /// -- consts[i]
    LoadConst(Arg),
    /// -- locals[i] ; UnboundLocalError if empty.
    LoadFast(Arg),
    /// v -- ; locals[i] = v
    StoreFast(Arg),
    /// -- ; locals[i] = empty
    DeleteFast(Arg),
    /// -- ; wrap locals[i] in a new cell (its value, or empty).
    MakeCell(Arg),
    /// -- ; copy the n closure cells of the running function into the last n slots.
    CopyFreeVars(Arg),
    /// -- cell ; push the cell object in locals[i] itself (to build a closure).
    LoadClosure(Arg),
    /// -- cell.contents ; read the cell in locals[i].
    LoadDeref(Arg),
    /// v -- ; write the cell in locals[i].
    StoreDeref(Arg),
    /// -- ; empty the cell in locals[i].
    DeleteDeref(Arg),
    /// -- v ; class body: names[ns] from the class namespace, else the cell in locals[i].
    LoadClassDeref(Arg),
    /// -- v or (NULL v) ; global or builtin names[i>>1]; low bit pushes a NULL first.
    LoadGlobal(Arg),
    /// v -- ; globals[names[i]] = v
    StoreGlobal(Arg),
    /// -- ; del globals[names[i]]
    DeleteGlobal(Arg),
    /// -- v ; names[i] from the local namespace, globals, builtins.
    LoadName(Arg),
    /// v -- ; local namespace[names[i]] = v
    StoreName(Arg),
    /// -- ; del local namespace[names[i]]
    DeleteName(Arg),
    /// obj -- obj.names[i]
    LoadAttr(Arg),
    /// v obj -- ; obj.names[i] = v
    StoreAttr(Arg),
    /// obj -- ; del obj.names[i]
    DeleteAttr(Arg),
    /// obj -- meth obj | NULL attr ; look up a method for CALL.
    LoadMethod(Arg),
    /// a b -- a op b ; the operator, and whether it is the augmented form (`+=`).
    BinaryOp(BinaryOpArg),
    /// a b -- a cmp b ; op is a `CompareOp` index.
    CompareOp(Arg),
    /// a b -- a is b (invert=1: is not)
    IsOp(Arg),
    /// a b -- a in b (invert=1: not in)
    ContainsOp(Arg),
    /// a -- -a
    UnaryNegative,
    /// a -- +a
    UnaryPositive,
    /// a -- not a
    UnaryNot,
    /// a -- ~a
    UnaryInvert,
    /// container key -- container[key]
    BinarySubscr,
    /// v container key -- ; container[key] = v
    StoreSubscr,
    /// container key -- ; del container[key]
    DeleteSubscr,
    /// items(n) -- [items]
    BuildList(Arg),
    /// items(n) -- (items)
    BuildTuple(Arg),
    /// items(n) -- {items}
    BuildSet(Arg),
    /// k1 v1 .. kn vn -- {k: v}
    BuildMap(Arg),
    /// v1 .. vn (keys) -- {keys[i]: vi}
    BuildConstKeyMap(Arg),
    /// lower upper [step] -- slice ; n is 2 or 3.
    BuildSlice(Arg),
    /// s1 .. sn -- s1+..+sn (f-strings)
    BuildString(Arg),
    /// list ... v -- list ... ; list.append(v), list i items down.
    ListAppend(Arg),
    /// set ... v -- set ... ; set.add(v)
    SetAdd(Arg),
    /// dict ... k v -- dict ... ; dict[k] = v
    MapAdd(Arg),
    /// list ... it -- list ... ; list.extend(it)
    ListExtend(Arg),
    /// set ... it -- set ... ; set.update(it)
    SetUpdate(Arg),
    /// dict ... m -- dict ... ; dict.update(m)
    DictUpdate(Arg),
    /// dict ... m -- dict ... ; dict.update(m), TypeError on repeated keys (calls)
    DictMerge(Arg),
    /// list -- tuple
    ListToTuple,
    /// seq -- item(n-1) .. item0 ; exactly n items.
    UnpackSequence(Arg),
    /// seq -- after.. rest before.. ; arg = before | after << 8.
    UnpackEx(Arg),
    /// iterable -- iterator
    GetIter,
    /// iterator -- iterator next ; on exhaustion pop it and jump to the target.
    ForIter(Arg),
    /// -- ; jump forward to the target.
    JumpForward(Arg),
    /// -- ; jump back to the target (polls Ctrl-C).
    JumpBackward(Arg),
    /// -- ; jump back to the target, no poll (the loop of `yield from`).
    JumpBackwardNoInterrupt(Arg),
    /// v -- ; jump if v is false.
    PopJumpIfFalse(Arg),
    /// v -- ; jump if v is true.
    PopJumpIfTrue(Arg),
    /// v -- ; jump if v is None.
    PopJumpIfNone(Arg),
    /// v -- ; jump if v is not None.
    PopJumpIfNotNone(Arg),
    /// v -- v | ; jump keeping v if false, else pop it.
    JumpIfFalseOrPop(Arg),
    /// v -- v | ; jump keeping v if true, else pop it.
    JumpIfTrueOrPop(Arg),
    /// -- ; the next CALL's last len(consts[i]) arguments are keywords named by that tuple.
    KwNames(Arg),
    /// -- ; no effect (CPython 3.11 specialises calls here; cellar does not).
    Precall(Arg),
    /// NULL|meth callable|self args(n) -- result
    Call(Arg),
    /// NULL callable args [kwargs] -- result ; flag 1 means a kwargs dict is present.
    CallFunctionEx(Arg),
    /// [defaults] [kwdefaults] [annotations] [closure] code -- function ; flags 1,2,4,8.
    MakeFunction(Arg),
    /// v -- ; return v to the caller.
    ReturnValue,
    /// v -- v' ; suspend the generator, yielding v; resumes with the sent value.
    YieldValue,
    /// -- ; start of a generator body: make the generator object and return it.
    ReturnGenerator,
    /// iter v -- iter r ; delegate to a sub-iterator (yield from).
    Send(Arg),
    /// [cause] [exc] -- ; raise (n = number of operands).
    RaiseVarargs(Arg),
    /// exc -- prev exc ; push the handled exception, make it current.
    PushExcInfo,
    /// prev -- ; restore the previously handled exception.
    PopExcept,
    /// exc type -- exc bool ; does exc match type?
    CheckExcMatch,
    /// `except* T`: [exc, T] → [rest, match], or [exc, None] when nothing matched.
    CheckEgMatch,
    /// The end of a `try` with `except*`: [orig, raised list] → what to re-raise (or None).
    PrepReraiseStar,
    /// exc -- ; re-raise exc (lasti flag in arg is ignored).
    Reraise(Arg),
    /// -- AssertionError
    LoadAssertionError,
    /// v [spec] -- str ; format a value (flags: 1=str 2=repr 3=ascii, 4=spec).
    FormatValue(Arg),
    /// -- __build_class__
    LoadBuildClass,
    /// -- ; make `__annotations__` a dict in the class namespace or module
    /// globals unless it is there.
    SetupAnnotations,
    /// level fromlist -- module
    ImportName(Arg),
    /// module -- module attr
    ImportFrom(Arg),
    /// module -- ; every public name of the module into the namespace.
    ImportStar,
    /// ... -- ; print the value on top in the REPL and set `_` (interactive echo).
    PrintExpr,
    /// v -- iter(v) or v if it is a generator (yield from)
    GetYieldFromIter,
    /// mgr -- exit res ; keep mgr.__exit__ bound, call mgr.__enter__ (`with`).
    BeforeWith,
    /// mgr -- aexit awaitable ; keep mgr.__aexit__ bound, call mgr.__aenter__.
    BeforeAsyncWith,
    /// v -- awaitable ; what `await v` iterates (arg: 0 await, 1 __aenter__, 2 __aexit__).
    GetAwaitable(Arg),
    /// v -- aiter ; `v.__aiter__()` (`async for`).
    GetAiter,
    /// aiter -- aiter awaitable ; `aiter.__anext__()`, made awaitable.
    GetAnext,
    /// aiter exc -- ; StopAsyncIteration ends the loop, anything else re-raises.
    EndAsyncFor,
    /// v -- v ; marks the value an async generator's next YIELD_VALUE hands
    /// to its consumer (not to the event loop).
    AsyncGenWrap,
    /// exit lasti prev exc -- exit lasti prev exc res ; res = exit(type(exc), exc, tb).
    WithExceptStart,
}

impl Instr {
    /// How many values the instruction pushes (not counting what it pops).
    /// Summed over a code object, this bounds its stack depth: the compiler
    /// keeps every loop and branch balanced, so the deepest point is reached
    /// along a path that runs each instruction at most once.
    pub fn pushes(self) -> u32 {
        use Instr::*;
        match self {
            Resume(_)
            | Nop
            | PopTop
            | ImportStar
            | StoreFast(_)
            | DeleteFast(_)
            | MakeCell(_)
            | CopyFreeVars(_)
            | StoreDeref(_)
            | DeleteDeref(_)
            | StoreGlobal(_)
            | DeleteGlobal(_)
            | StoreName(_)
            | DeleteName(_)
            | StoreAttr(_)
            | DeleteAttr(_)
            | StoreSubscr
            | DeleteSubscr
            | ListAppend(_)
            | SetAdd(_)
            | MapAdd(_)
            | ListExtend(_)
            | SetUpdate(_)
            | DictUpdate(_)
            | DictMerge(_)
            | JumpForward(_)
            | JumpBackward(_)
            | JumpBackwardNoInterrupt(_)
            | PopJumpIfFalse(_)
            | PopJumpIfTrue(_)
            | PopJumpIfNone(_)
            | PopJumpIfNotNone(_)
            | JumpIfFalseOrPop(_)
            | JumpIfTrueOrPop(_)
            | KwNames(_)
            | Precall(_)
            | ReturnValue
            | RaiseVarargs(_)
            | PopExcept
            | Reraise(_)
            | PrintExpr
            | SetupAnnotations => 0,
            PushNull | Copy(_) | Swap(_) | LoadConst(_) | LoadFast(_) | LoadClosure(_)
            | LoadDeref(_) | LoadClassDeref(_) | LoadName(_) | LoadAttr(_) | BinaryOp(_)
            | CompareOp(_) | IsOp(_) | ContainsOp(_) | UnaryNegative | UnaryPositive | UnaryNot
            | UnaryInvert | BinarySubscr | BuildList(_) | BuildTuple(_) | BuildSet(_)
            | BuildMap(_) | BuildConstKeyMap(_) | BuildSlice(_) | BuildString(_) | ListToTuple
            | GetIter | ForIter(_) | Call(_) | CallFunctionEx(_) | MakeFunction(_) | YieldValue
            | ReturnGenerator | Send(_) | CheckExcMatch | LoadAssertionError | FormatValue(_)
            | PrepReraiseStar | LoadBuildClass | ImportName(_) | ImportFrom(_)
            | GetYieldFromIter | WithExceptStart | GetAwaitable(_) | GetAiter | GetAnext
            | AsyncGenWrap => 1,
            EndAsyncFor => 0,
            LoadGlobal(_) | LoadMethod(_) | PushExcInfo | BeforeWith | BeforeAsyncWith
            | CheckEgMatch => 2,
            UnpackSequence(n) => n,
            UnpackEx(arg) => (arg & 0xff) + (arg >> 8) + 1,
        }
    }

    /// Control never falls through to the next instruction.
    pub fn is_terminator(self) -> bool {
        matches!(
            self,
            Instr::ReturnValue
                | Instr::RaiseVarargs(_)
                | Instr::Reraise(_)
                | Instr::JumpForward(_)
                | Instr::JumpBackward(_)
                | Instr::JumpBackwardNoInterrupt(_)
        )
    }
}

/// The target of a jump instruction (an instruction index).
pub fn jump_target(i: Instr) -> Option<u32> {
    match i {
        Instr::ForIter(t)
        | Instr::JumpForward(t)
        | Instr::JumpBackward(t)
        | Instr::JumpBackwardNoInterrupt(t)
        | Instr::PopJumpIfFalse(t)
        | Instr::PopJumpIfTrue(t)
        | Instr::PopJumpIfNone(t)
        | Instr::PopJumpIfNotNone(t)
        | Instr::JumpIfFalseOrPop(t)
        | Instr::JumpIfTrueOrPop(t)
        | Instr::Send(t) => Some(t),
        _ => None,
    }
}

/// BINARY_OP's operand: the operator and whether it is the in-place
/// (augmented) form, kept as CPython's oparg (`NB_*` index, 13 more in
/// place) so the hot loop matches on one small number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BinaryOpArg(u32);

/// The operators in CPython's `NB_*` order.
const NB: [crate::ast::BinOp; 13] = {
    use crate::ast::BinOp::*;
    [
        Add, BitAnd, FloorDiv, LShift, MatMult, Mult, Mod, BitOr, Pow, RShift, Sub, Div, BitXor,
    ]
};

impl BinaryOpArg {
    pub fn new(op: crate::ast::BinOp, inplace: bool) -> BinaryOpArg {
        let k = NB
            .iter()
            .position(|&o| o == op)
            .expect("invariant: NB lists every BinOp");
        BinaryOpArg(k as u32 + if inplace { 13 } else { 0 })
    }

    /// The operator with `NB_*` index `k`, not in place.
    pub fn from_index(k: usize) -> Option<BinaryOpArg> {
        NB.get(k).map(|_| BinaryOpArg(k as u32))
    }

    pub fn op(self) -> crate::ast::BinOp {
        NB[self.index()]
    }

    pub fn inplace(self) -> bool {
        self.0 >= 13
    }

    /// The operator's `NB_*` index (into `BINARY_OPS`).
    pub fn index(self) -> usize {
        (self.0 % 13) as usize
    }

    /// CPython's numeric oparg, as `dis` shows it.
    pub fn oparg(self) -> u32 {
        self.0
    }

    /// `+`, or `+=` for the in-place form.
    pub fn symbol(self) -> String {
        let s = BINARY_OPS[self.index()];
        if self.inplace() {
            format!("{s}=")
        } else {
            s.to_string()
        }
    }
}

/// The `BINARY_OP` operand order: CPython's `NB_*` numbering.
pub const BINARY_OPS: [&str; 13] = [
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
];

/// The `COMPARE_OP` operand order: CPython's `Py_LT` .. `Py_GE`.
pub const COMPARE_OPS: [&str; 6] = ["<", "<=", "==", "!=", ">", ">="];

/// One row of the exception table: instructions in `start..end` that raise
/// go to `target` with the value stack cut to `depth` (plus the exception);
/// `lasti` also pushes the raising offset, as CPython does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExceptEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub lasti: bool,
}

/// MAKE_FUNCTION's operand bits: which operands sit under the code object.
pub mod make_function {
    /// A tuple of positional defaults.
    pub const DEFAULTS: u32 = 0x1;
    /// A dict of keyword-only defaults.
    pub const KWDEFAULTS: u32 = 0x2;
    /// The annotations.
    pub const ANNOTATIONS: u32 = 0x4;
    /// A tuple of cells: the closure.
    pub const CLOSURE: u32 = 0x8;
}

/// FORMAT_VALUE's operand: the conversion in the low two bits, then a flag.
pub mod format_value {
    /// The low two bits: 1 `!s`, 2 `!r`, 3 `!a`.
    pub const CONVERSION: u32 = 0x3;
    /// A format spec sits on the stack above the value.
    pub const HAVE_SPEC: u32 = 0x4;
}

/// `co_flags` bits that matter to us, CPython's values.
pub mod flags {
    pub const OPTIMIZED: u32 = 0x1;
    pub const NEWLOCALS: u32 = 0x2;
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    pub const COROUTINE: u32 = 0x80;
    pub const ASYNC_GENERATOR: u32 = 0x200;
}

/// What kind of slot a fast local is (`co_localspluskinds`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlotKind {
    Local,
    /// A local that becomes a cell (a captured parameter or a cellvar).
    Cell,
    Free,
}

/// One name's remembered builtin method: (owner type name, method).
pub type MethodCache = std::cell::RefCell<Option<(&'static str, Value)>>;

/// An empty method cache for `n` names.
pub fn method_caches(n: usize) -> Box<[MethodCache]> {
    (0..n).map(|_| Default::default()).collect()
}

/// A compiled block.
pub struct Code {
    /// A module's SyntaxWarnings from compiling it: (line, message).
    pub warnings: Vec<(u32, String)>,
    pub name: Name,
    pub qualname: Name,
    pub filename: Name,
    /// The whole text this code was compiled from (its input or file).
    pub source: Rc<str>,
    pub firstlineno: u32,
    pub instrs: Vec<Instr>,
    /// The source line of each instruction (0 for none).
    pub lines: Vec<u32>,
    /// The source range of each instruction's node (columns 0 when unknown).
    pub spans: Vec<crate::ast::Span>,
    pub consts: Vec<Value>,
    pub names: Vec<Name>,
    /// For each name, its str hash (attribute lookups probe dicts with it).
    pub name_hashes: Vec<i64>,
    /// For each name, the dict index where an attribute of that name was
    /// last found (`Dict::get_key_hinted`); only a hint, checked on use.
    pub attr_hints: Box<[std::cell::Cell<u32>]>,
    /// For each name, the builtin method LOAD_METHOD last found under it
    /// and the builtin type it belongs to (`vm/attr_fast.rs`).
    pub method_cache: Box<[MethodCache]>,
    /// For each name, its slot in the globals the code was loaded into
    /// (LOAD_GLOBAL, STORE_GLOBAL, module-level LOAD_NAME): set once, by
    /// `link`, when the code is loaded, never while compiling.
    pub global_slots: std::cell::OnceCell<Linked>,
    pub varnames: Vec<Name>,
    pub cellvars: Vec<Name>,
    pub freevars: Vec<Name>,
    /// Every fast local: varnames, then cellvars that are not parameters, then freevars.
    pub localsplus: Vec<(Name, SlotKind)>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub exception_table: Vec<ExceptEntry>,
    /// A bound on the value-stack depth above the fast locals (the VM
    /// reserves it on frame entry; exception handlers push at most 3 more).
    pub stacksize: usize,
    /// `argcount` when a call needs no binding beyond "positional arguments
    /// are the first locals" (no `*args`, `**kwargs` or keyword-only
    /// parameters); `usize::MAX` otherwise.
    pub plain_argcount: usize,
    /// What the scope analysis decided for this block (`:scope` shows it).
    pub block: Rc<Block>,
    /// The blocks this code is nested in, outermost (the module) first:
    /// its static nesting, known whether or not any function object lives.
    pub enclosing: Vec<Rc<Block>>,
}

/// A code object's link to one module namespace.
#[derive(Clone)]
pub struct Linked {
    /// Which `Globals` (by address; only compared).
    globals: usize,
    slots: Box<[u32]>,
}

/// Code loaded into a namespace other than the one it was linked to.
#[derive(Debug)]
pub struct LinkedElsewhere;

impl Code {
    /// Links this code and every code nested in it to `globals`: each
    /// name gets its slot there. Code already linked to `globals` is left
    /// alone; code linked to another namespace is refused.
    pub fn link(&self, globals: &Globals) -> Result<(), LinkedElsewhere> {
        let at = globals as *const Globals as usize;
        match self.global_slots.get() {
            Some(l) if l.globals == at => return Ok(()),
            Some(_) => return Err(LinkedElsewhere),
            None => {}
        }
        let slots = self.names.iter().map(|n| globals.slot_of(n)).collect();
        let _ = self.global_slots.set(Linked { globals: at, slots });
        self.children().try_for_each(|c| c.link(globals))
    }

    /// This code, ready to be linked to `globals`: itself when it is not
    /// linked yet or linked there; else a copy of its whole tree, unlinked
    /// (`exec` of one code object in several namespaces).
    pub fn for_namespace(self: &Rc<Code>, globals: &Globals) -> Rc<Code> {
        let at = globals as *const Globals as usize;
        match self.global_slots.get() {
            Some(l) if l.globals != at => Rc::new(self.unlinked_copy()),
            _ => self.clone(),
        }
    }

    fn unlinked_copy(&self) -> Code {
        let consts = self
            .consts
            .iter()
            .map(|c| match c {
                Value::Code(child) => Value::Code(Rc::new(child.unlinked_copy())),
                other => other.clone(),
            })
            .collect();
        Code {
            name: self.name.clone(),
            qualname: self.qualname.clone(),
            filename: self.filename.clone(),
            source: self.source.clone(),
            instrs: self.instrs.clone(),
            lines: self.lines.clone(),
            spans: self.spans.clone(),
            consts,
            names: self.names.clone(),
            name_hashes: self.name_hashes.clone(),
            attr_hints: self.attr_hints.clone(),
            method_cache: method_caches(self.names.len()),
            global_slots: std::cell::OnceCell::new(),
            varnames: self.varnames.clone(),
            cellvars: self.cellvars.clone(),
            freevars: self.freevars.clone(),
            localsplus: self.localsplus.clone(),
            exception_table: self.exception_table.clone(),
            block: self.block.clone(),
            enclosing: self.enclosing.clone(),
            warnings: self.warnings.clone(),
            ..*self
        }
    }

    /// The globals slot of names[i]. The code must be linked (the VM links
    /// every code object it loads, with all its nested code).
    #[inline(always)]
    pub fn global_slot(&self, i: u32) -> u32 {
        debug_assert!(
            self.global_slots.get().is_some(),
            "invariant: code is linked before it runs"
        );
        // SAFETY: `Vm::run_module` links the code tree before any of it runs.
        let linked = unsafe { self.global_slots.get().unwrap_unchecked() };
        linked.slots[i as usize]
    }

    pub fn nlocalsplus(&self) -> usize {
        self.localsplus.len()
    }

    /// An `async def`'s code: calling it makes a coroutine.
    pub fn is_coroutine(&self) -> bool {
        self.flags & flags::COROUTINE != 0
    }

    /// An `async def` with `yield`: calling it makes an async generator.
    pub fn is_async_generator(&self) -> bool {
        self.flags & flags::ASYNC_GENERATOR != 0
    }

    pub fn is_generator(&self) -> bool {
        self.flags & flags::GENERATOR != 0
    }

    /// Number of parameter slots, `*args` and `**kwargs` included.
    pub fn total_args(&self) -> usize {
        let mut n = (self.argcount + self.kwonlyargcount) as usize;
        n += (self.flags & flags::VARARGS != 0) as usize;
        n += (self.flags & flags::VARKEYWORDS != 0) as usize;
        n
    }

    /// names[i] as a dict key, hashed once at compile time.
    #[inline(always)]
    pub fn name_key(&self, i: u32) -> crate::value::dict::StrKey<'_> {
        let i = i as usize;
        crate::value::dict::StrKey::hashed(&self.names[i], self.name_hashes[i])
    }

    /// names[i]'s attribute hint (see `attr_hints`).
    #[inline(always)]
    pub fn attr_hint(&self, i: u32) -> &std::cell::Cell<u32> {
        &self.attr_hints[i as usize]
    }

    /// The line of the instruction at `ip`.
    pub fn line_at(&self, ip: usize) -> u32 {
        self.lines.get(ip).copied().unwrap_or(self.firstlineno)
    }

    /// The nested code objects, in consts order.
    pub fn children(&self) -> impl Iterator<Item = &Rc<Code>> {
        self.consts.iter().filter_map(|c| match c {
            Value::Code(code) => Some(code),
            _ => None,
        })
    }

    /// The exception-table entry covering `ip`, innermost first.
    pub fn handler_for(&self, ip: u32) -> Option<&ExceptEntry> {
        self.exception_table
            .iter()
            .find(|e| e.start <= ip && ip < e.end)
    }
}
