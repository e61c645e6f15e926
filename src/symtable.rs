//! Scope analysis: CPython 3.11's symtable, for cellar's AST.
//!
//! Takes a parsed `Module`, gives a `SymbolTable`: one `Block` per scope
//! (module, function, lambda, comprehension, class), indexed by `ScopeId`,
//! where every name has its final `Scope`. The compiler only looks scopes up;
//! it never decides one.

use crate::ast::{Name, ScopeId, Span};
use indexmap::IndexMap;

/// Where a name lives at run time, in CPython's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// A fast local of this function (LOAD_FAST), or a name of a module or
    /// class namespace (LOAD_NAME).
    Local,
    /// A local that an inner scope captures: it lives in a cell (LOAD_DEREF).
    Cell,
    /// A name this block reads from an enclosing function's cell (LOAD_DEREF).
    Free,
    /// Not bound anywhere enclosing: a module global or builtin (LOAD_GLOBAL).
    GlobalImplicit,
    /// Declared `global` in this block (LOAD_GLOBAL / STORE_GLOBAL).
    GlobalExplicit,
}

/// What kind of code a block is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Module,
    Function,
    Lambda,
    Class,
    ListComp,
    SetComp,
    DictComp,
    GeneratorExp,
}

/// How a name is used in a block, before analysis decides its scope.
/// cpython: symtable.h DEF_* flags.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Flags {
    /// Bound by assignment, `for`, `del`, `def`, `class`, `except as`, augmented assignment.
    pub assigned: bool,
    /// A parameter of this function.
    pub param: bool,
    /// Bound by `import` / `from ... import`.
    pub imported: bool,
    /// Read somewhere in this block.
    pub used: bool,
    /// Declared `global` here.
    pub global: bool,
    /// Declared `nonlocal` here.
    pub nonlocal: bool,
    /// Annotated (`x: int`).
    pub annotated: bool,
    /// Free in a nested scope but bound in this class body (cpython: DEF_FREE_CLASS).
    pub free_class: bool,
}

impl Flags {
    /// Any binding in this block: the thing that makes a name local.
    pub fn is_bound(&self) -> bool {
        self.assigned || self.param || self.imported
    }
}

/// One name of one block.
#[derive(Debug, Clone)]
pub struct Symbol {
    pub name: Name,
    pub flags: Flags,
    pub scope: Scope,
    /// The first binding of the name in this block (for `:scope` and `:explain`:
    /// "line 14 assigns to it").
    pub first_binding: Option<Span>,
    /// The `global` / `nonlocal` statement that declared it, if any.
    pub declaration: Option<Span>,
    /// The first read of the name in this block.
    pub first_use: Option<Span>,
}

/// One scope: a module, class body, function, lambda or comprehension.
#[derive(Debug, Clone)]
pub struct Block {
    pub id: ScopeId,
    pub kind: BlockKind,
    /// `f`, `<lambda>`, `<listcomp>`, `<genexpr>`, `C`, `<module>`.
    pub name: Name,
    /// CPython's `__qualname__`: `outer.<locals>.inner`, `C.method`.
    pub qualname: String,
    pub parent: Option<ScopeId>,
    /// Nested blocks in source order.
    pub children: Vec<ScopeId>,
    /// Every name of the block in order of first appearance.
    pub symbols: IndexMap<Name, Symbol>,
    /// Parameters in CPython's order: positional-only, positional,
    /// keyword-only, `*args`, `**kwargs` (a comprehension has `.0`).
    pub params: Vec<Name>,
    /// Contains `yield` (or is a generator expression).
    pub is_generator: bool,
    /// A class body whose methods use `super()` or `__class__`: it needs
    /// the implicit `__class__` cell.
    pub needs_class_closure: bool,
    /// The line of the `def`, `lambda`, `class` or comprehension.
    pub line: u32,
    pub span: Span,
}

impl Block {
    /// The scope of `name` here; names never seen are implicit globals,
    /// as CPython treats them.
    pub fn scope_of(&self, name: &str) -> Scope {
        self.symbols
            .get(name)
            .map_or(Scope::GlobalImplicit, |s| s.scope)
    }

    /// cpython: compile.c dictbytype(CELL) — cell names sorted by code point.
    pub fn cells_sorted(&self) -> Vec<Name> {
        self.sorted_with(Scope::Cell)
    }

    /// cpython: compile.c dictbytype(FREE) — free names sorted by code point.
    pub fn frees_sorted(&self) -> Vec<Name> {
        self.sorted_with(Scope::Free)
    }

    fn sorted_with(&self, scope: Scope) -> Vec<Name> {
        let mut names: Vec<Name> = self
            .symbols
            .values()
            .filter(|s| s.scope == scope)
            .map(|s| s.name.clone())
            .collect();
        names.sort();
        names
    }

    pub fn is_function_like(&self) -> bool {
        !matches!(self.kind, BlockKind::Module | BlockKind::Class)
    }
}

/// The analysis of a whole module: `blocks[id.0]` is the block of `id`.
#[derive(Debug, Clone)]
pub struct SymbolTable {
    pub blocks: Vec<Block>,
}

impl SymbolTable {
    pub fn block(&self, id: ScopeId) -> &Block {
        &self.blocks[id.0 as usize]
    }
}
