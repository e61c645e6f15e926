//! Parameter lists of `def` and `lambda` → `ast::Arguments`.
//!
//! The grammar accepts any mix of parameters; this module puts them in
//! CPython's shape and raises CPython's messages for a wrong order
//! (cpython: Grammar/python.gram invalid_parameters). Duplicate names are a
//! symbol-table error in CPython: `context` checks them.

use super::{Cx, P, R, Rule};
use crate::ast::{Arg, Arguments, Expr};

/// Where in `posonly, /, args, *vararg, kwonly, **kwarg` the list is.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Stage {
    Positional,
    KeywordOnly,
    AfterKwarg,
}

impl<'s> Cx<'s> {
    /// `params` of a def or `lambda_params` of a lambda (None: no parameters).
    pub(super) fn parameters(&self, p: Option<P<'s>>) -> R<Arguments> {
        let mut args = Arguments::default();
        let Some(p) = p else { return Ok(args) };
        let mut stage = Stage::Positional;
        let mut saw_slash = false;
        let mut bare_star: Option<P<'s>> = None;
        for item in p.into_inner() {
            if stage == Stage::AfterKwarg {
                return Err(self.error_at(
                    "arguments cannot follow var-keyword argument",
                    self.offset(&item),
                ));
            }
            match item.as_rule() {
                Rule::slash => {
                    self.slash(&item, &mut args, stage, saw_slash)?;
                    saw_slash = true;
                }
                Rule::star_param | Rule::lambda_star => {
                    if stage != Stage::Positional {
                        return Err(
                            self.error_at("* argument may appear only once", self.offset(&item))
                        );
                    }
                    stage = Stage::KeywordOnly;
                    match item.clone().into_inner().next() {
                        Some(name) => args.vararg = Some(self.arg(name)?.0),
                        None => bare_star = Some(item),
                    }
                }
                Rule::double_star_param | Rule::lambda_double_star => {
                    args.kwarg = Some(
                        self.arg(item.into_inner().next().expect("invariant: **name"))?
                            .0,
                    );
                    stage = Stage::AfterKwarg;
                }
                _ => self.plain_param(item, &mut args, stage)?,
            }
        }
        if let Some(star) = bare_star
            && args.kwonly.is_empty()
        {
            return Err(self.error_at("named arguments must follow bare *", self.offset(&star)));
        }
        Ok(args)
    }

    /// `/`: everything so far was positional-only.
    fn slash(&self, item: &P<'s>, args: &mut Arguments, stage: Stage, saw_slash: bool) -> R<()> {
        let msg = if saw_slash {
            "/ may appear only once"
        } else if stage != Stage::Positional {
            "/ must be ahead of *"
        } else if args.args.is_empty() {
            "at least one argument must precede /"
        } else {
            args.posonly = std::mem::take(&mut args.args);
            return Ok(());
        };
        Err(self.error_at(msg, self.offset(item)))
    }

    /// `a`   `a: int`   `a=1`   `a: int = 1`
    fn plain_param(&self, item: P<'s>, args: &mut Arguments, stage: Stage) -> R<()> {
        let (arg, default) = self.arg(item)?;
        if stage == Stage::KeywordOnly {
            args.kwonly.push(arg);
            args.kw_defaults.push(default);
            return Ok(());
        }
        match default {
            Some(d) => args.defaults.push(d),
            None if !args.defaults.is_empty() => {
                let span = arg.span;
                return Err(self.error_span("non-default argument follows default argument", span));
            }
            None => {}
        }
        args.args.push(arg);
        Ok(())
    }

    /// One parameter and its default, from `param`, `lambda_param`,
    /// `param_no_default` or `lambda_name`.
    fn arg(&self, p: P<'s>) -> R<(Arg, Option<Expr>)> {
        let mut span = self.span(&p);
        let mut it = p.into_inner();
        let name = it.next().expect("invariant: a parameter has a name");
        let (mut annotation, mut default) = (None, None);
        for part in it {
            let value = self.expr(
                part.clone()
                    .into_inner()
                    .next()
                    .expect("invariant: a value"),
            )?;
            if part.as_rule() == Rule::annotation {
                annotation = Some(value);
            } else {
                default = Some(value);
            }
        }
        let end = annotation
            .as_ref()
            .map_or(self.span(&name), |a: &Expr| a.span);
        span = super::join(span, end);
        Ok((
            Arg {
                name: self.name(name.as_str()),
                annotation,
                span,
            },
            default,
        ))
    }
}
