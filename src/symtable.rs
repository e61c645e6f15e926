//! Scope analysis: CPython 3.11's symtable, for cellar's AST.
//!
//! Takes a parsed `Module`, gives a `SymbolTable`: one `Block` per scope
//! (module, function, lambda, comprehension, class), indexed by `ScopeId`,
//! where every name has its final `Scope`. The compiler only looks scopes up;
//! it never decides one.

mod analyze;
mod errors;
mod visit;

use crate::ast::{Module, Name, ScopeId, Span};
use crate::syntax_error::SyntaxError;
use indexmap::IndexMap;
use std::fmt::Write;

// How a name gets its scope: CPython's two passes (Python/symtable.c).
//
// Python decides where a name lives from the whole body of a block, before
// any of it runs: one assignment anywhere in a function makes the name local
// to all of that function, even on the lines above the assignment. So the
// analysis needs the full tree first, and runs in two passes.
//
// Pass 1 (visit.rs) walks the AST once. It opens a Block for the module and
// for every def, lambda, class and comprehension, and in each block records
// how each name occurs, as Flags: assigned (`=`, `+=`, `for`, `del`, `def`,
// `class`, `except ... as`), param, imported, used, declared global or
// nonlocal, annotated. Nothing is decided yet, except the errors that need
// only source order: `global x` after `x` was used or assigned, a repeated
// parameter, `yield` inside a comprehension. Some code belongs to the
// enclosing block although it is written inside the construct: defaults,
// decorators, annotations, class bases, and the first iterable of a
// comprehension (which enters the comprehension as its parameter `.0`).
//
// Pass 2 (analyze.rs) walks the blocks from the module down, with two sets
// flowing down and one flowing up:
//   bound  names bound in the enclosing *function* scopes (none at module
//          level; a class body adds nothing to it, so methods cannot see
//          class attributes, only the implicit `__class__`);
//   global names declared global above;
//   free   (upward) names some nested block reads from an enclosing function.
// In each block, analyze_name picks the first rule that applies:
//   declared `global`                  -> GLOBAL_EXPLICIT
//   declared `nonlocal`                -> FREE (an error unless in `bound`)
//   bound in this block                -> LOCAL
//   in `bound`                         -> FREE
//   anything else                      -> GLOBAL_IMPLICIT (globals, builtins)
// Then the children are analysed, and what comes back is their free set.
//
// When a local becomes a cell: after its children, a function looks at the
// names they report free. Each one that is LOCAL here becomes CELL
// (analyze_cells): the frame makes a cell for it at entry (MAKE_CELL), reads
// and writes it through LOAD_DEREF / STORE_DEREF, and hands the cell to the
// inner functions' closures. Being resolved, the name leaves the free set.
// A free name not bound here keeps travelling up, and this block gets it as
// FREE too (update_symbols), though it never mentions it: the cell has to
// pass through its closure to reach the inner one. A class body does not
// resolve free names, except `__class__`, which its own cell satisfies
// (drop_class_free, needs_class_closure); a name a method needs from outside
// that the class also binds is marked free_class (the class passes the cell
// on while its own code keeps using the class namespace).

/// Builds the symbol table of `module`: pass 1 records, pass 2 decides.
/// Errors are CPython's scope SyntaxErrors, the first one CPython would report.
pub fn build(module: &Module) -> Result<SymbolTable, SyntaxError> {
    let mut blocks = visit::visit_module(module)?;
    analyze::analyze(&mut blocks)?;
    Ok(SymbolTable { blocks })
}

/// The whole symbol-table stage in CPython's order: the errors symtable.c
/// finds while visiting (scope declarations here, and the checks the
/// parser makes for it, `parse::symtable_checks`), the first in the source
/// winning; then the analysis pass's (`no binding for nonlocal`).
pub fn build_checked(module: &Module, source: &str) -> Result<SymbolTable, SyntaxError> {
    let checked = crate::parse::symtable_checks(module, source);
    let mut blocks = match (checked, visit::visit_module(module)) {
        (Err(a), Err(b)) => {
            return Err(if (b.line, b.col) < (a.line, a.col) {
                b
            } else {
                a
            });
        }
        (Err(a), Ok(_)) | (Ok(()), Err(a)) => return Err(a),
        (Ok(()), Ok(blocks)) => blocks,
    };
    analyze::analyze(&mut blocks)?;
    Ok(SymbolTable { blocks })
}

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

impl BlockKind {
    /// A list, set or dict comprehension or a generator expression.
    pub fn is_comprehension(self) -> bool {
        matches!(
            self,
            BlockKind::ListComp
                | BlockKind::SetComp
                | BlockKind::DictComp
                | BlockKind::GeneratorExp
        )
    }
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
    /// A comprehension's iteration variable (cpython: DEF_COMP_ITER).
    pub comp_iter: bool,
    /// Bound by `:=` inside a comprehension, which binds it in the
    /// enclosing function or module instead (the `nonlocal`/`global` here
    /// is implicit).
    pub walrus: bool,
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
    /// The class whose private names this block mangles: its own name for a
    /// class body, the enclosing one's for everything nested in it
    /// (cpython: st_private, u_private).
    pub private: Option<Name>,
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
    /// An `async def`: calling it makes a coroutine (cpython: ste_coroutine).
    pub is_coroutine: bool,
    /// A class body whose methods use `super()` or `__class__`: it needs
    /// the implicit `__class__` cell.
    pub needs_class_closure: bool,
    /// The line of the `def`, `lambda`, `class` or comprehension.
    pub line: u32,
    pub span: Span,
}

/// CPython's private-name mangling (cpython: compile.c _Py_Mangle): inside
/// class `C`, `__x` is `_C__x`; dunder names, dotted names and classes named
/// only with underscores are left alone.
pub fn mangle(private: Option<&Name>, name: &Name) -> Name {
    let Some(class) = private else {
        return name.clone();
    };
    let class = class.trim_start_matches('_');
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') || class.is_empty() {
        return name.clone();
    }
    format!("_{class}{name}").into()
}

impl Block {
    /// `name` as this block stores it: mangled inside a class.
    pub fn mangle(&self, name: &Name) -> Name {
        mangle(self.private.as_ref(), name)
    }

    /// The scope of `name` here; names never seen are implicit globals,
    /// as CPython treats them.
    pub fn scope_of(&self, name: &str) -> Scope {
        self.symbols
            .get(name)
            .map_or(Scope::GlobalImplicit, |s| s.scope)
    }

    /// cpython: compile.c dictbytype(CELL) — cell names sorted by code point.
    /// Not the order of `co_cellvars` in 3.11: see `cellvars`.
    pub fn cells_sorted(&self) -> Vec<Name> {
        self.sorted_with(Scope::Cell)
    }

    /// CPython 3.11's `co_cellvars`: the parameters that are cells, in
    /// parameter order, then the other cells sorted by code point; a class
    /// body that needs it has just `__class__`.
    /// cpython: compile.c compute_localsplus_info (cells already in
    /// co_varnames come first, at their varnames position).
    pub fn cellvars(&self) -> Vec<Name> {
        if self.needs_class_closure {
            return vec!["__class__".into()];
        }
        let is_cell = |n: &Name| self.scope_of(n) == Scope::Cell;
        let mut out: Vec<Name> = self.params.iter().filter(|n| is_cell(n)).cloned().collect();
        let rest = self
            .cells_sorted()
            .into_iter()
            .filter(|n| !self.params.contains(n));
        out.extend(rest);
        out
    }

    /// CPython's `co_freevars` (the same as `frees_sorted`).
    pub fn freevars(&self) -> Vec<Name> {
        self.frees_sorted()
    }

    /// cpython: compile.c dictbytype(FREE, DEF_FREE_CLASS) — free names, and
    /// the class names marked free_class, sorted by code point.
    pub fn frees_sorted(&self) -> Vec<Name> {
        self.sorted_where(|s| s.scope == Scope::Free || s.flags.free_class)
    }

    fn sorted_with(&self, scope: Scope) -> Vec<Name> {
        self.sorted_where(|s| s.scope == scope)
    }

    fn sorted_where(&self, keep: impl Fn(&Symbol) -> bool) -> Vec<Name> {
        let mut names: Vec<Name> = self
            .symbols
            .values()
            .filter(|s| keep(s))
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

impl Scope {
    /// CPython's word for the scope, lowercased: `local`, `cell`, `free`,
    /// `global_implicit`, `global_explicit`.
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Local => "local",
            Scope::Cell => "cell",
            Scope::Free => "free",
            Scope::GlobalImplicit => "global_implicit",
            Scope::GlobalExplicit => "global_explicit",
        }
    }
}

impl SymbolTable {
    /// The block whose cell the name `name` of block `id` refers to: the block
    /// itself for a CELL, the nearest enclosing function that holds it as a
    /// CELL for a FREE name (class bodies pass it through); None otherwise.
    pub fn cell_owner(&self, id: ScopeId, name: &str) -> Option<ScopeId> {
        let mut cur = self.blocks.get(id.0 as usize)?;
        match cur.symbols.get(name)?.scope {
            Scope::Cell => return Some(id),
            Scope::Free => {}
            _ => return None,
        }
        while let Some(parent) = cur.parent {
            cur = self.blocks.get(parent.0 as usize)?;
            if cur.kind == BlockKind::Class {
                if name == "__class__" && cur.needs_class_closure {
                    return Some(cur.id); // the class body's implicit cell
                }
                continue; // a class body only passes free names through
            }
            match cur.scope_of(name) {
                Scope::Cell => return Some(cur.id),
                Scope::Free => {}
                _ => return None,
            }
        }
        None
    }

    /// Blocks in source order (pre-order from the module).
    pub fn preorder(&self) -> Vec<&Block> {
        let mut out = Vec::with_capacity(self.blocks.len());
        let mut stack = vec![ScopeId(0)];
        while let Some(id) = stack.pop() {
            let Some(b) = self.blocks.get(id.0 as usize) else {
                continue;
            };
            out.push(b);
            stack.extend(b.children.iter().rev());
        }
        out
    }

    /// The whole table on one line, blocks in source order separated by ` | `:
    /// `make_adder(n): add=local n=cell | add(x): n=free x=local`.
    /// The module's block is left out unless `with_module`.
    pub fn one_line(&self, with_module: bool) -> String {
        let blocks = self.preorder();
        let skip = usize::from(!with_module);
        let parts: Vec<String> = blocks.iter().skip(skip).map(|b| b.one_line()).collect();
        parts.join(" | ")
    }
}

impl Block {
    /// `name(params) [generator] [__class__]: sym=scope ...`, names sorted;
    /// a class name a method captures from outside shows `+free_class`.
    pub fn one_line(&self) -> String {
        let mut out = self.name.to_string();
        if !self.params.is_empty() {
            let _ = write!(out, "({})", self.params.join(", "));
        }
        if self.is_generator {
            out.push_str(" [generator]");
        }
        if self.needs_class_closure {
            out.push_str(" [__class__]");
        }
        out.push(':');
        let mut symbols: Vec<&Symbol> = self.symbols.values().collect();
        symbols.sort_by(|a, b| a.name.cmp(&b.name));
        for s in symbols {
            let extra = if s.flags.free_class {
                "+free_class"
            } else {
                ""
            };
            let _ = write!(out, " {}={}{}", s.name, s.scope.as_str(), extra);
        }
        out
    }
}
