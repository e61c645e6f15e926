//! Pass 2 of the scope analysis: from the flags pass 1 recorded, decide the
//! final `Scope` of every name of every block (cpython: symtable.c analyze_*).
//!
//! Takes the blocks of one module, rewrites their scopes in place, adds the
//! pass-through free names, and fills `needs_class_closure` and `qualname`.
//! Sets of names flow down (bound, global) and up (free) the block tree.

use super::errors;
use super::{Block, BlockKind, Scope, Symbol};
use crate::ast::{Name, ScopeId};
use crate::syntax_error::SyntaxError;
use rustc_hash::FxHashSet;

type Result<T> = std::result::Result<T, SyntaxError>;
type NameSet = FxHashSet<Name>;

/// cpython: symtable.c symtable_analyze, then compile.c compiler_set_qualname.
pub(super) fn analyze(blocks: &mut [Block]) -> Result<()> {
    analyze_block(blocks, ScopeId(0), None, NameSet::default())?;
    set_qualnames(blocks);
    Ok(())
}

fn block(blocks: &mut [Block], id: ScopeId) -> &mut Block {
    &mut blocks[id.0 as usize]
}

/// cpython: symtable.c analyze_block. `bound` holds the names bound in
/// enclosing function scopes (None at module level), `global` the names
/// known to be global. Returns the names free in this block or below that
/// this block does not resolve: they must come from further out.
fn analyze_block(
    blocks: &mut [Block],
    id: ScopeId,
    mut bound: Option<NameSet>,
    mut global: NameSet,
) -> Result<NameSet> {
    let kind = block(blocks, id).kind;
    // A class body's names are invisible to its methods: what they see is
    // fixed before the class's own names are analysed.
    let class_view =
        (kind == BlockKind::Class).then(|| (bound.clone().unwrap_or_default(), global.clone()));
    let mut local = NameSet::default(); // names bound here
    let mut free = NameSet::default(); // names free here, for the parent
    let mut sets = Sets {
        bound: bound.as_mut(),
        local: &mut local,
        free: &mut free,
        global: &mut global,
    };
    let mut scopes = analyze_names(block(blocks, id), &mut sets)?;
    let (newbound, newglobal) = match class_view {
        Some((mut newbound, newglobal)) => {
            newbound.insert("__class__".into()); // methods may capture the class cell
            (newbound, newglobal)
        }
        None => (bound_below(kind, local, bound.as_ref()), global),
    };
    let mut newfree = analyze_children(blocks, id, &newbound, &newglobal)?;
    let b = block(blocks, id);
    if b.is_function_like() {
        analyze_cells(b, &mut scopes, &mut newfree);
    } else if kind == BlockKind::Class {
        drop_class_free(b, &mut newfree);
    }
    update_symbols(b, &scopes, bound.as_ref(), &newfree);
    free.extend(newfree);
    Ok(free)
}

/// What nested blocks see as bound in enclosing functions: this function's
/// own names, then what this block saw (a module adds nothing).
fn bound_below(kind: BlockKind, local: NameSet, bound: Option<&NameSet>) -> NameSet {
    let mut newbound = if kind == BlockKind::Module {
        NameSet::default()
    } else {
        local
    };
    newbound.extend(bound.into_iter().flatten().cloned());
    newbound
}

/// The sets `analyze_name` reads and grows, as in CPython's argument list.
struct Sets<'a> {
    bound: Option<&'a mut NameSet>,
    local: &'a mut NameSet,
    free: &'a mut NameSet,
    global: &'a mut NameSet,
}

/// The scope of each symbol of `b`, in symbol order.
fn analyze_names(b: &Block, sets: &mut Sets) -> Result<Vec<Scope>> {
    b.symbols
        .values()
        .map(|sym| analyze_name(b, sym, sets))
        .collect()
}

/// cpython: symtable.c analyze_name — the decision for one name, first rule
/// that applies wins: declared global, declared nonlocal, bound here, bound
/// in an enclosing function, global somewhere above, else implicit global.
fn analyze_name(b: &Block, sym: &Symbol, sets: &mut Sets) -> Result<Scope> {
    let name = &sym.name;
    let directive = sym.declaration.unwrap_or(b.span);
    if sym.flags.global {
        if sym.flags.nonlocal {
            return Err(errors::nonlocal_and_global(name, directive));
        }
        sets.global.insert(name.clone());
        if let Some(bound) = sets.bound.as_deref_mut() {
            bound.remove(name);
        }
        return Ok(Scope::GlobalExplicit);
    }
    if sym.flags.nonlocal {
        let Some(bound) = sets.bound.as_deref() else {
            return Err(errors::nonlocal_at_module_level(directive));
        };
        if !bound.contains(name) {
            return Err(errors::no_binding_for_nonlocal(name, directive));
        }
        sets.free.insert(name.clone());
        return Ok(Scope::Free);
    }
    if sym.flags.is_bound() {
        sets.local.insert(name.clone());
        sets.global.remove(name);
        return Ok(Scope::Local);
    }
    if sets
        .bound
        .as_deref()
        .is_some_and(|bound| bound.contains(name))
    {
        sets.free.insert(name.clone());
        return Ok(Scope::Free);
    }
    Ok(Scope::GlobalImplicit) // whether or not a `global` above named it
}

/// cpython: symtable.c analyze_child_block, once per child — each child gets
/// its own copies of the sets, and their free names are pooled.
fn analyze_children(
    blocks: &mut [Block],
    id: ScopeId,
    newbound: &NameSet,
    newglobal: &NameSet,
) -> Result<NameSet> {
    let children = block(blocks, id).children.clone();
    let mut allfree = NameSet::default();
    for child in children {
        let child_free = analyze_block(blocks, child, Some(newbound.clone()), newglobal.clone())?;
        allfree.extend(child_free);
    }
    Ok(allfree)
}

/// cpython: symtable.c analyze_cells — a local of a function that a nested
/// scope uses freely becomes a cell; it is resolved here, so it stops
/// travelling up.
fn analyze_cells(b: &Block, scopes: &mut [Scope], free: &mut NameSet) {
    for (sym, scope) in b.symbols.values().zip(scopes.iter_mut()) {
        if *scope == Scope::Local && free.remove(&sym.name) {
            *scope = Scope::Cell; // captured: lives in a cell
        }
    }
}

/// cpython: symtable.c drop_class_free — `__class__` free in a method is
/// satisfied by the class's implicit cell, not by anything further out.
fn drop_class_free(b: &mut Block, free: &mut NameSet) {
    if free.remove("__class__") {
        b.needs_class_closure = true; // the class body makes the __class__ cell
    }
}

/// cpython: symtable.c update_symbols — store the decided scopes, then record
/// the names free below that pass through this block on their way up.
fn update_symbols(b: &mut Block, scopes: &[Scope], bound: Option<&NameSet>, free: &NameSet) {
    for (sym, scope) in b.symbols.values_mut().zip(scopes) {
        sym.scope = *scope;
    }
    let mut names: Vec<&Name> = free.iter().collect();
    names.sort(); // deterministic order for pass-through names
    for name in names {
        if let Some(sym) = b.symbols.get_mut(name) {
            if b.kind == BlockKind::Class && (sym.flags.is_bound() || sym.flags.global) {
                sym.flags.free_class = true; // the class's own name shadows the captured one
            }
            continue; // already a cell or free here
        }
        if bound.is_some_and(|bound| !bound.contains(name)) {
            continue; // a global
        }
        let mut sym = Symbol::new(name.clone());
        sym.scope = Scope::Free; // passes through to a nested scope
        b.symbols.insert(name.clone(), sym);
    }
}

/// cpython: compile.c compiler_set_qualname, for every block, parents first.
fn set_qualnames(blocks: &mut [Block]) {
    let mut stack = vec![ScopeId(0)];
    while let Some(id) = stack.pop() {
        let qualname = qualname(blocks, id);
        let b = block(blocks, id);
        b.qualname = qualname;
        stack.extend(b.children.iter().rev());
    }
}

/// `outer.<locals>.inner` below a function, `C.method` below a class or
/// comprehension, the bare name at module level or when declared `global`.
fn qualname(blocks: &[Block], id: ScopeId) -> String {
    let b = &blocks[id.0 as usize];
    let Some(parent) = b.parent.map(|p| &blocks[p.0 as usize]) else {
        return b.name.to_string();
    };
    let named = matches!(b.kind, BlockKind::Function | BlockKind::Class);
    let force_global = named && parent.scope_of(&parent.mangle(&b.name)) == Scope::GlobalExplicit;
    match parent.kind {
        BlockKind::Module => b.name.to_string(),
        _ if force_global => b.name.to_string(),
        BlockKind::Function | BlockKind::Lambda => {
            format!("{}.<locals>.{}", parent.qualname, b.name)
        }
        _ => format!("{}.{}", parent.qualname, b.name),
    }
}
