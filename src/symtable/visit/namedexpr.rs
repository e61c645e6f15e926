//! `:=` in the symbol table (cpython: symtable.c symtable_handle_namedexpr,
//! symtable_extend_namedexpr_scope). Outside a comprehension it binds like
//! an assignment. Inside one it binds in the nearest enclosing function,
//! as if the comprehension had declared it `nonlocal` (so the function's
//! variable becomes a cell), or in the module, as if declared `global`;
//! in a class body it is an error. It may not rebind an iteration
//! variable, nor appear in a comprehension's iterable.

use super::{Def, MODULE, Visitor, errors};
use crate::ast::{Expr, ExprKind, ScopeId, Span};
use crate::symtable::BlockKind;
use crate::syntax_error::SyntaxError;

type Result<T> = std::result::Result<T, SyntaxError>;

impl Visitor {
    /// `target := value`
    pub(super) fn visit_named_expr(
        &mut self,
        target: &Expr,
        value: &Expr,
        span: Span,
    ) -> Result<()> {
        if self.iter_expr_depth() > 0 {
            return Err(errors::walrus_in_iterable(span));
        }
        if self.cur_block().kind.is_comprehension() {
            self.extend_named_expr_scope(target)?;
        }
        self.visit_expr(value)?;
        self.visit_target(target)
    }

    /// The binding goes to the nearest function or the module.
    fn extend_named_expr_scope(&mut self, target: &Expr) -> Result<()> {
        let ExprKind::Name(name) = &target.kind else {
            return Ok(());
        };
        let span = target.span;
        let mut id = Some(self.cur);
        while let Some(b) = id {
            let block = self.block(b);
            let flags = block.symbols.get(name).map(|s| s.flags).unwrap_or_default();
            match block.kind {
                k if k.is_comprehension() => {
                    if flags.comp_iter {
                        return Err(errors::walrus_rebinds_iter_var(name, span));
                    }
                    id = block.parent;
                }
                BlockKind::Function | BlockKind::Lambda => {
                    let def = if flags.global {
                        Def::Global
                    } else {
                        Def::Nonlocal
                    };
                    return self.bind_in(b, name, def, span);
                }
                BlockKind::Module => return self.bind_in(b, name, Def::Global, span),
                _ => return Err(errors::walrus_in_class_comprehension(span)),
            }
        }
        Ok(())
    }

    /// Declares `name` here as `def` (implicitly) and binds it in `owner`.
    fn bind_in(
        &mut self,
        owner: ScopeId,
        name: &crate::ast::Name,
        def: Def,
        span: Span,
    ) -> Result<()> {
        self.add_def(name, def, span)?;
        if let Some(sym) = self.cur_block().symbols.get_mut(name) {
            sym.flags.walrus = true;
        }
        let here = std::mem::replace(&mut self.cur, owner);
        let bound = match owner {
            MODULE => self.add_def(name, Def::Global, span),
            _ => self.add_def(name, Def::Local, span),
        };
        self.cur = here;
        bound
    }

    /// How deep the current block is in comprehension iterables.
    fn iter_expr_depth(&self) -> u32 {
        self.iter_expr
            .get(self.cur.0 as usize)
            .copied()
            .unwrap_or(0)
    }

    /// Runs `f` inside a comprehension's iterable expression.
    pub(super) fn in_iterable(&mut self, f: impl FnOnce(&mut Self) -> Result<()>) -> Result<()> {
        let slot = self.cur.0 as usize;
        if self.iter_expr.len() <= slot {
            self.iter_expr.resize(slot + 1, 0);
        }
        self.iter_expr[slot] += 1;
        let r = f(self);
        self.iter_expr[slot] -= 1;
        r
    }

    /// A comprehension's iteration target: its names are marked as such.
    pub(super) fn visit_comp_target(&mut self, target: &Expr) -> Result<()> {
        self.comp_iter_target = true;
        let r = self.visit_target(target);
        self.comp_iter_target = false;
        r
    }
}
