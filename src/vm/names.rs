//! The name instructions that read a frame's namespaces: LOAD_NAME,
//! STORE_NAME and DELETE_NAME (a class body's namespace, else the
//! globals), LOAD_GLOBAL's slot, LOAD_CLASSDEREF (the class namespace, then
//! the cell).

use super::Vm;
use super::dispatch::{cell_at, unbound_deref};
use crate::code::Code;
use crate::exception::{Exc, PyResult};
use crate::value::Value;

impl Vm {
    /// LOAD_CLASSDEREF: the class namespace first, then the cell.
    pub(super) fn load_class_deref(&self, fi: usize, code: &Code, i: u32) -> PyResult<Value> {
        let name = &code.localsplus[i as usize].0;
        if let Some(ns) = &self.frames[fi].class_ns
            && let Some(v) = ns.get_str(name)
        {
            return Ok(v);
        }
        let cell = cell_at(&self.stack, self.frames[fi].base, i);
        match cell.get() {
            Some(v) => Ok(v),
            None => Err(unbound_deref(code, i, cell.id, &self.heap)),
        }
    }

    #[inline(always)]
    pub(super) fn load_global(&self, fi: usize, code: &Code, i: u32) -> PyResult<Value> {
        let slot = code.global_slot(i);
        self.frame_globals(fi)
            .load(slot)
            .ok_or_else(|| Exc::name_not_defined(&code.names[i as usize]))
    }

    #[inline(always)]
    pub(super) fn load_name(&self, fi: usize, code: &Code, i: u32) -> PyResult<Value> {
        let frame = &self.frames[fi];
        if let Some(ns) = &frame.class_ns
            && let Some(v) = ns.get_str(&code.names[i as usize])
        {
            return Ok(v);
        }
        self.load_global(fi, code, i)
    }

    pub(super) fn store_name(&self, fi: usize, code: &Code, i: u32, v: Value) {
        let frame = &self.frames[fi];
        match &frame.class_ns {
            Some(ns) => ns.set_str(&code.names[i as usize], v),
            None => self.frame_globals(fi).store(code.global_slot(i), v),
        }
    }

    pub(super) fn delete_name(&self, fi: usize, code: &Code, i: u32) -> PyResult<()> {
        let frame = &self.frames[fi];
        let name = &code.names[i as usize];
        let found = match &frame.class_ns {
            Some(ns) => ns.remove(&crate::value::DictKey::str(name)).is_some(),
            None => self.frame_globals(fi).delete(code.global_slot(i)),
        };
        if found {
            Ok(())
        } else {
            Err(Exc::name_not_defined(name))
        }
    }
}
