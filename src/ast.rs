//! The abstract syntax tree of cellar's Python subset: data only.
//!
//! `parse::module` builds it, `symtable::build` and `compile::module` read it.
//! Every node carries a `Span`; every node that opens a scope (def, lambda,
//! class, comprehension) carries the `ScopeId` the parser gave it, so the
//! symbol table and the compiler agree on blocks without comparing pointers.

use num_bigint::BigInt;
use std::rc::Rc;

/// An identifier; cheap to clone and compare.
pub type Name = Rc<str>;

/// Where a node sits in its source: byte offsets and the 1-based line and
/// 0-based column (in characters) of its first character, and of its end.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Span {
    pub start: u32,
    pub end: u32,
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
}

/// The index of a scope block; the module is `ScopeId(0)`, the parser numbers
/// the others from 1 in the order it creates them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct ScopeId(pub u32);

/// A whole source file or one REPL input.
#[derive(Debug, Clone)]
pub struct Module {
    pub body: Vec<Stmt>,
    /// How many `ScopeId`s the parser handed out, the module's included.
    pub scope_count: u32,
    /// The tokenizer's SyntaxWarnings (line, message): `1if x else 2`.
    pub warnings: Vec<(u32, String)>,
}

#[derive(Debug, Clone)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub enum StmtKind {
    /// `f(x)`
    Expr(Expr),
    /// `a = b = value`: targets left to right.
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    /// `x += 1`
    AugAssign {
        target: Expr,
        op: BinOp,
        value: Expr,
    },
    /// `x: int = 1`; `simple` when the target is a bare name not in parentheses.
    AnnAssign {
        target: Expr,
        annotation: Expr,
        value: Option<Expr>,
        simple: bool,
    },
    FunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
    Return(Option<Expr>),
    Delete(Vec<Expr>),
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    For {
        target: Expr,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
        /// `async for`
        is_async: bool,
    },
    Break,
    Continue,
    Pass,
    Global(Vec<Name>),
    Nonlocal(Vec<Name>),
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    /// `with a as b, c:` — items entered in order, exited in reverse.
    With {
        items: Vec<WithItem>,
        body: Vec<Stmt>,
        /// `async with`
        is_async: bool,
    },
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
    /// `import a, b as c`
    Import(Vec<Alias>),
    /// `from m import a, b as c`, `from ..m import *` (one alias `*`);
    /// `level` counts the dots (a relative import; `module` may be empty).
    ImportFrom {
        module: Name,
        names: Vec<Alias>,
        level: u32,
    },
}

/// `manager as target` in a `with` statement.
#[derive(Debug, Clone)]
pub struct WithItem {
    pub context_expr: Expr,
    pub optional_vars: Option<Expr>,
}

/// `name as asname` in an import.
#[derive(Debug, Clone)]
pub struct Alias {
    pub name: Name,
    pub asname: Option<Name>,
    pub span: Span,
}

/// `except Type as name:` — `typ` is None for a bare `except:`; `except*
/// Type as name:` in an exception-group `try`.
#[derive(Debug, Clone)]
pub struct ExceptHandler {
    /// `except*`: every handler of its `try` has it (CPython's TryStar).
    pub star: bool,
    pub typ: Option<Expr>,
    pub name: Option<Name>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

/// `@decorators def name(args) -> returns: body`
#[derive(Debug, Clone)]
pub struct FunctionDef {
    /// `async def`: calling it makes a coroutine.
    pub is_async: bool,
    pub name: Name,
    pub args: Arguments,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
    pub returns: Option<Expr>,
    pub scope: ScopeId,
}

/// `class name(bases, keywords): body`
#[derive(Debug, Clone)]
pub struct ClassDef {
    pub name: Name,
    pub bases: Vec<Expr>,
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
    pub scope: ScopeId,
}

/// A parameter list, in CPython's shape:
/// `def f(posonly, /, args, *vararg, kwonly, **kwarg)`.
/// `defaults` belong to the last `defaults.len()` of posonly+args;
/// `kw_defaults[i]` belongs to `kwonly[i]`.
#[derive(Debug, Clone, Default)]
pub struct Arguments {
    pub posonly: Vec<Arg>,
    pub args: Vec<Arg>,
    pub vararg: Option<Arg>,
    pub kwonly: Vec<Arg>,
    pub kw_defaults: Vec<Option<Expr>>,
    pub kwarg: Option<Arg>,
    pub defaults: Vec<Expr>,
}

#[derive(Debug, Clone)]
pub struct Arg {
    pub name: Name,
    pub annotation: Option<Expr>,
    pub span: Span,
}

/// `name=value` in a call or class header; `arg` is None for `**value`.
#[derive(Debug, Clone)]
pub struct Keyword {
    pub arg: Option<Name>,
    pub value: Expr,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub enum ExprKind {
    /// A name; load, store or delete is decided by where it stands.
    Name(Name),
    Constant(Constant),
    /// An f-string (adjacent literals already joined into it).
    JoinedStr(Vec<FStringPart>),
    /// `a and b and c`
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    BinOp {
        left: Box<Expr>,
        op: BinOp,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    /// `a < b <= c`: ops.len() == comparators.len()
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    /// `f(a, *b, k=c, **d)`: `args` may hold `Starred`.
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
    },
    /// `target := value` (the target is a name).
    NamedExpr {
        target: Box<Expr>,
        value: Box<Expr>,
    },
    /// `body if test else orelse`
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    Attribute {
        value: Box<Expr>,
        attr: Name,
    },
    /// `value[index]`; a slice index is `Slice`, `a[1, 2]` a `Tuple`.
    Subscript {
        value: Box<Expr>,
        index: Box<Expr>,
    },
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
    /// `*x` in a call, display or assignment target.
    Starred(Box<Expr>),
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    Set(Vec<Expr>),
    /// `{k: v, **m}`: a `None` key is `**values[i]`.
    Dict {
        keys: Vec<Option<Expr>>,
        values: Vec<Expr>,
    },
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
        scope: ScopeId,
    },
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
        scope: ScopeId,
    },
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
        scope: ScopeId,
    },
    GeneratorExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
        scope: ScopeId,
    },
    Lambda {
        args: Box<Arguments>,
        body: Box<Expr>,
        scope: ScopeId,
    },
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    /// `await value`
    Await(Box<Expr>),
}

/// `for target in iter if cond1 if cond2`
#[derive(Debug, Clone)]
pub struct Comprehension {
    /// `async for`: the iterable is asynchronous.
    pub is_async: bool,
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
}

/// A piece of an f-string.
#[derive(Debug, Clone)]
pub enum FStringPart {
    Literal(String),
    /// `{value!conversion:spec}`; `conversion` is one of 's', 'r', 'a'.
    Formatted {
        value: Box<Expr>,
        conversion: Option<char>,
        spec: Option<Vec<FStringPart>>,
    },
}

#[derive(Debug, Clone)]
pub enum Constant {
    None,
    True,
    False,
    Ellipsis,
    Int(BigInt),
    Float(f64),
    /// An imaginary literal `2.5j`: the complex `0 + 2.5j`.
    Imaginary(f64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

/// Binary operators, in CPython's `BINARY_OP` numbering order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    BitAnd,
    FloorDiv,
    LShift,
    MatMult,
    Mult,
    Mod,
    BitOr,
    Pow,
    RShift,
    Sub,
    Div,
    BitXor,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

impl Expr {
    pub fn new(kind: ExprKind, span: Span) -> Expr {
        Expr { kind, span }
    }
}
