//! Traceback objects as Python sees them (`e.__traceback__`,
//! `sys.exc_info()[2]`): a chain from the outermost frame inwards, each
//! with `tb_lineno` and `tb_next`, made from the exception's recorded
//! frames when asked for.

use super::methods::native::{native_class, new_instance};
use crate::exception::TraceEntry;
use crate::value::{Class, Value};
use std::rc::Rc;

thread_local! {
    static TRACEBACK: Rc<Class> = native_class("traceback", "builtins", &[]);
}

/// The chain for `entries` (outermost first), or None when there are none.
pub fn chain(entries: &std::collections::VecDeque<TraceEntry>) -> Value {
    let class = TRACEBACK.with(|c| c.clone());
    entries.iter().rev().fold(Value::None, |next, e| {
        new_instance(
            &class,
            &[("tb_lineno", Value::Int(e.line as i64)), ("tb_next", next)],
        )
    })
}
