//! Looking through wrappers: `:closure` on a `functools.wraps` wrapper, an
//! `lru_cache` wrapper or a `functools.partial` also shows the function
//! inside, found the way Python finds it (`__wrapped__`, `.func`), and says
//! what it looked through.
//!
//! ```text
//! w ─(__wrapped__)─▶ f        p ─(.func)─▶ f        cached ─(__wrapped__)─▶ f
//! ```

use super::Ctx;
use crate::value::Value;

/// How deep wrappers of wrappers are followed.
const DEPTH: usize = 4;

/// One wrapper looked through: the expression that reaches what it wraps,
/// what the wrapper is and what it holds, and the function inside.
pub struct Layer {
    pub expr: String,
    pub kind: &'static str,
    pub holds: &'static str,
    /// A function, or another wrapper (`lru_cache` inside `wraps`).
    pub inner: Value,
}

/// The wrappers around the value of `arg`, outermost first (empty when it
/// wraps nothing).
pub fn layers(cx: &mut Ctx<'_>, arg: &str, value: &Value) -> Vec<Layer> {
    let mut out = Vec::new();
    let (mut expr, mut value) = (arg.to_string(), value.clone());
    while out.len() < DEPTH {
        let Some(layer) = unwrap_once(cx, &expr, &value) else {
            break;
        };
        (expr, value) = (layer.expr.clone(), layer.inner.clone());
        out.push(layer);
    }
    out
}

fn unwrap_once(cx: &mut Ctx<'_>, expr: &str, value: &Value) -> Option<Layer> {
    let class = match value {
        Value::Instance(i) => i.class.tp_name().to_string(),
        Value::Function(_) => "function".to_string(),
        _ => return None,
    };
    let (attr, kind, holds) = match class.as_str() {
        "functools.partial" => (
            "func",
            "a functools.partial object, no cells of its own",
            "the function it calls",
        ),
        "functools._lru_cache_wrapper" => (
            "__wrapped__",
            "an lru_cache wrapper, no cells of its own",
            "the function it caches",
        ),
        "function" => (
            "__wrapped__",
            "a functools.wraps wrapper",
            "the function it wraps",
        ),
        _ => return None,
    };
    let simple = expr
        .chars()
        .all(|c| c.is_alphanumeric() || "_.[]'\"".contains(c));
    let inner_expr = if simple {
        format!("{expr}.{attr}")
    } else {
        format!("({expr}).{attr}")
    };
    let inner = cx.interp.eval(&inner_expr).ok()?;
    if !matches!(inner, Value::Function(_) | Value::Instance(_)) {
        return None;
    }
    Some(Layer {
        expr: inner_expr,
        kind,
        holds,
        inner,
    })
}
