//! `import M`, `import a.b as c` and `from M import N` as CPython 3.11
//! compiles them: IMPORT_NAME, IMPORT_FROM down a dotted path, the store.

use super::Compiler;
use super::stmt::CResult;
use crate::ast::{self, Name};
use crate::code::Instr;
use crate::value::Value;

impl<'a> Compiler<'a> {
    pub(super) fn import(&mut self, aliases: &'a [ast::Alias]) -> CResult {
        for a in aliases {
            self.load_const(Value::Int(0));
            self.load_const(Value::None);
            let i = self.unit().add_name(&a.name);
            self.emit(Instr::ImportName(i));
            match (&a.asname, a.name.split_once('.')) {
                (Some(alias), None) => self.store_name(alias),
                (Some(alias), Some((_, rest))) => {
                    // cpython 3.11: `import a.b.c as x` walks down with IMPORT_FROM
                    let parts: Vec<&str> = rest.split('.').collect();
                    for (k, part) in parts.iter().enumerate() {
                        let j = self.unit().add_name(&Name::from(*part));
                        self.emit(Instr::ImportFrom(j));
                        if k + 1 < parts.len() {
                            self.emit(Instr::Swap(2));
                            self.emit(Instr::PopTop);
                        }
                    }
                    self.store_name(alias);
                    self.emit(Instr::PopTop);
                }
                (None, Some((top, _))) => self.store_name(&Name::from(top)), // binds `a`
                (None, None) => self.store_name(&a.name),
            }
        }
        Ok(())
    }

    pub(super) fn import_from(
        &mut self,
        module: &Name,
        names: &'a [ast::Alias],
        level: u32,
    ) -> CResult {
        self.load_const(Value::Int(level.into()));
        let fromlist: Vec<Value> = names
            .iter()
            .map(|a| Value::str(a.name.to_string()))
            .collect();
        self.load_const(Value::tuple(fromlist));
        let i = self.unit().add_name(module);
        self.emit(Instr::ImportName(i));
        if let [star] = names
            && &*star.name == "*"
        {
            self.emit(Instr::ImportStar);
            return Ok(());
        }
        for a in names {
            let j = self.unit().add_name(&a.name);
            self.emit(Instr::ImportFrom(j));
            self.store_name(a.asname.as_ref().unwrap_or(&a.name));
        }
        self.emit(Instr::PopTop);
        Ok(())
    }
}
