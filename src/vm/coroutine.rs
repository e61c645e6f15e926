//! Coroutines: an `async def` call is a generator object whose code has
//! CO_COROUTINE, driven by SEND like `yield from`. These are the
//! instructions that turn things into something to await.
//!
//! ```text
//!     GET_AWAITABLE n     v -- awaitable     a coroutine, or v.__await__()
//!     BEFORE_ASYNC_WITH   mgr -- aexit aenter_result
//!     GET_AITER           v -- v.__aiter__()
//!     GET_ANEXT           aiter -- aiter awaitable(aiter.__anext__())
//!     END_ASYNC_FOR       aiter exc --        StopAsyncIteration ends the loop
//! ```

use super::Vm;
use crate::exception::{Exc, ExcKind, PyResult};
use crate::value::Value;

impl Vm {
    /// GET_AWAITABLE: `where` says what produced `v` for the error message
    /// (0 an `await`, 1 `__aenter__`, 2 `__aexit__`).
    pub(super) fn get_awaitable(&mut self, v: Value, place: u32) -> PyResult<Value> {
        match self.awaitable(&v) {
            Ok(Some(it)) => Ok(it),
            Ok(None) => Err(Exc::type_error(match place {
                1 => format!(
                    "'async with' received an object from __aenter__ that does not implement __await__: {}",
                    v.type_name()
                ),
                2 => format!(
                    "'async with' received an object from __aexit__ that does not implement __await__: {}",
                    v.type_name()
                ),
                _ => format!(
                    "object {} can't be used in 'await' expression",
                    v.type_name()
                ),
            })),
            Err(e) => Err(e),
        }
    }

    /// What awaiting `v` iterates: a coroutine itself, or the iterator its
    /// `__await__` returns; None when `v` cannot be awaited.
    /// cpython: genobject.c _PyCoro_GetAwaitableIter
    fn awaitable(&mut self, v: &Value) -> PyResult<Option<Value>> {
        if let Value::Generator(g) = v {
            if !g.code.is_coroutine() {
                return Ok(None);
            }
            if g.state.borrow().running {
                return Err(Exc::runtime_error("coroutine is being awaited already"));
            }
            return Ok(Some(v.clone()));
        }
        let Some(method) = self.special_method(v, "__await__") else {
            return Ok(None);
        };
        let it = self.call(&method, Vec::new())?;
        match &it {
            Value::Generator(g) if g.code.is_coroutine() => {
                Err(Exc::type_error("__await__() returned a coroutine"))
            }
            Value::Generator(_) | Value::Iterator(_) => Ok(Some(it)),
            Value::Instance(i) if i.class.lookup("__next__").is_some() => Ok(Some(it)),
            other => Err(Exc::type_error(format!(
                "__await__() returned non-iterator of type '{}'",
                other.type_name()
            ))),
        }
    }

    /// BEFORE_ASYNC_WITH: (bound `__aexit__`, what `__aenter__` returned).
    pub(super) fn before_async_with(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let protocol = || {
            format!(
                "'{}' object does not support the asynchronous context manager protocol",
                mgr.type_name()
            )
        };
        let enter = self
            .special_method(mgr, "__aenter__")
            .ok_or_else(|| Exc::type_error(protocol()))?;
        let exit = self
            .special_method(mgr, "__aexit__")
            .ok_or_else(|| Exc::type_error(format!("{} (missed __aexit__ method)", protocol())))?;
        let entered = self.call(&enter, Vec::new())?;
        Ok((exit, entered))
    }

    /// GET_AITER: `v.__aiter__()`.
    pub(super) fn get_aiter(&mut self, v: &Value) -> PyResult<Value> {
        let Some(aiter) = self.special_method(v, "__aiter__") else {
            return Err(Exc::type_error(format!(
                "'async for' requires an object with __aiter__ method, got {}",
                v.type_name()
            )));
        };
        let it = self.call(&aiter, Vec::new())?;
        if self.special_method(&it, "__anext__").is_none() {
            return Err(Exc::type_error(format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                it.type_name()
            )));
        }
        Ok(it)
    }

    /// GET_ANEXT: `aiter.__anext__()`, made awaitable.
    pub(super) fn get_anext(&mut self, aiter: &Value) -> PyResult<Value> {
        let Some(anext) = self.special_method(aiter, "__anext__") else {
            return Err(Exc::type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {}",
                aiter.type_name()
            )));
        };
        let next = self.call(&anext, Vec::new())?;
        match self.awaitable(&next)? {
            Some(it) => Ok(it),
            None => Err(Exc::type_error(format!(
                "'async for' received an invalid object from __anext__: {}",
                next.type_name()
            ))),
        }
    }

    /// END_ASYNC_FOR: the loop's `__anext__` raised `exc`.
    pub(super) fn end_async_for(&mut self, exc: Value) -> PyResult<()> {
        let Value::Instance(i) = &exc else {
            return Err(Exc::runtime_error("END_ASYNC_FOR of a non-exception"));
        };
        let exc = Exc::from_instance(i.clone());
        if exc.is(ExcKind::StopAsyncIteration) {
            self.pop(); // the async iterator
            return Ok(());
        }
        self.reraising = true;
        Err(exc)
    }
}
