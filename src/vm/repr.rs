//! `repr()` and `str()` of every value, in CPython's shapes:
//! `<function outer.<locals>.inner at 0x...>`, `<cell at 0x...: int object
//! at 0x...>`, `[[...]]` for a list that contains itself.

use super::Vm;
use crate::exception::PyResult;
use crate::value::{TypeKind, Value};

impl Vm {
    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::None => "None".into(),
            Value::Null => "<NULL>".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Bool(b) => if *b { "True" } else { "False" }.into(),
            Value::Int(_) | Value::BigInt(_) => crate::value::int::int_repr(v)?,
            Value::Float(f) => crate::value::float::float_repr(*f),
            Value::Complex(c) => crate::value::complex::repr(**c),
            Value::Str(s) => str_repr(s.as_str()),
            Value::List(_) | Value::Tuple(_) | Value::Dict(_) | Value::Set(_) => {
                return self.container_repr(v);
            }
            Value::Range(r) => r.repr(),
            Value::Bytes(b) => {
                crate::memory::check(b.len().saturating_mul(4))?;
                b.repr()
            }
            Value::Slice(s) => format!(
                "slice({}, {}, {})",
                self.repr(&s.lower)?,
                self.repr(&s.upper)?,
                self.repr(&s.step)?
            ),
            Value::Instance(_) => return self.instance_repr(v),
            Value::Method(m) => {
                let this = self.repr(&m.this)?;
                let qual = match &m.func {
                    Value::Function(f) => f.qualname().to_string(),
                    other => self.repr(other)?,
                };
                format!("<bound method {qual} of {this}>")
            }
            other => object_repr(other),
        })
    }

    /// `str(v)`.
    pub fn to_str(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.as_str().to_string()),
            Value::Instance(i) => {
                if let Some(m) = i.class.lookup("__str__") {
                    let r = self.call(&m, vec![v.clone()])?;
                    return self.expect_str(r, "__str__");
                }
                if i.exc.is_some() && i.class.lookup("__repr__").is_none() {
                    return crate::exception::message_of(self, v);
                }
                if let Some(Value::Str(s)) = &i.payload {
                    return Ok(s.as_str().to_string()); // str.__str__
                }
                self.repr(v)
            }
            _ => self.repr(v),
        }
    }

    fn expect_str(&mut self, r: Value, method: &str) -> PyResult<String> {
        match r {
            Value::Str(s) => Ok(s.as_str().to_string()),
            other => Err(crate::exception::Exc::type_error(format!(
                "{method} returned non-string (type {})",
                other.type_name()
            ))),
        }
    }

    fn instance_repr(&mut self, v: &Value) -> PyResult<String> {
        let Value::Instance(i) = v else {
            return Ok(object_repr(v));
        };
        if let Some(m) = i.class.lookup("__repr__") {
            let r = self.call(&m, vec![v.clone()])?;
            return self.expect_str(r, "__repr__");
        }
        if let Some(p) = &i.payload {
            let text = self.repr(&p.clone())?;
            return Ok(super::payload::subclass_repr(&i.class.name, p, text));
        }
        if let Some(state) = &i.exc {
            let args = state.borrow().args.clone();
            let inner: Vec<String> = args.iter().map(|a| self.repr(a)).collect::<PyResult<_>>()?;
            return Ok(format!("{}({})", i.class.name, inner.join(", ")));
        }
        Ok(match &*i.class.module {
            "builtins" => format!("<{} object at {:#x}>", i.class.qualname, v.address()),
            module => format!(
                "<{}.{} object at {:#x}>",
                module,
                i.class.qualname,
                v.address()
            ),
        })
    }

    /// Lists, tuples, dicts and sets, guarding against self-reference.
    fn container_repr(&mut self, v: &Value) -> PyResult<String> {
        let addr = v.address();
        if self.repr_guard.contains(&addr) {
            return Ok(match v {
                Value::List(_) => "[...]",
                Value::Dict(_) => "{...}",
                _ => "(...)",
            }
            .into());
        }
        if self.frames.len() + self.repr_guard.len() >= self.recursion_limit {
            return Err(crate::exception::Exc::recursion_in(
                "while getting the repr of an object",
            ));
        }
        self.check_interrupt()?;
        self.repr_guard.push(addr);
        let r = self.container_repr_inner(v);
        self.repr_guard.pop();
        r
    }

    fn container_repr_inner(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::List(l) => {
                let items = l.items.borrow().clone();
                Ok(format!("[{}]", self.join_reprs(&items)?))
            }
            Value::Tuple(t) if t.items.len() == 1 => Ok(format!("({},)", self.repr(&t.items[0])?)),
            Value::Tuple(t) => Ok(format!("({})", self.join_reprs(&t.items)?)),
            Value::Set(s) if s.is_frozen() && s.is_empty() => Ok("frozenset()".into()),
            Value::Set(s) if s.is_frozen() => {
                Ok(format!("frozenset({{{}}})", self.join_reprs(&s.items())?))
            }
            Value::Set(s) if s.is_empty() => Ok("set()".into()),
            Value::Set(s) => Ok(format!("{{{}}}", self.join_reprs(&s.items())?)),
            Value::Dict(d) => {
                let mut parts = Vec::with_capacity(d.len());
                for (k, val) in d.items() {
                    self.check_interrupt()?;
                    parts.push(format!("{}: {}", self.repr(&k)?, self.repr(&val)?));
                }
                Ok(format!("{{{}}}", parts.join(", ")))
            }
            _ => Ok(object_repr(v)),
        }
    }

    /// The items' reprs joined by `, ` (Ctrl-C and the memory budget
    /// polled between items).
    fn join_reprs(&mut self, items: &[Value]) -> PyResult<String> {
        let mut out = String::new();
        for (i, x) in items.iter().enumerate() {
            self.check_interrupt()?;
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&self.repr(x)?);
        }
        Ok(out)
    }

    /// FORMAT_VALUE: conversion (1 str, 2 repr, 3 ascii) then the spec.
    pub(crate) fn format_value(
        &mut self,
        v: &Value,
        conversion: u32,
        spec: &Value,
    ) -> PyResult<String> {
        let converted = match conversion {
            1 => Value::str(self.to_str(v)?),
            2 | 3 => Value::str(self.repr(v)?),
            _ => v.clone(),
        };
        let spec = spec.as_str().unwrap_or("");
        crate::builtins::format::format(self, &converted, spec)
    }

    /// PRINT_EXPR: the REPL echo; sets `_`.
    pub(crate) fn print_expr(&mut self, v: Value) -> PyResult<()> {
        if v.is_none() {
            return Ok(());
        }
        let r = self.repr(&v)?;
        self.write_out(&r);
        self.write_out("\n");
        self.globals.set_builtin("_", v);
        Ok(())
    }
}

/// The `<... at 0x...>` shapes of objects without a value repr.
pub fn object_repr(v: &Value) -> String {
    let addr = v.address();
    match v {
        Value::Function(f) => format!("<function {} at {:#x}>", f.qualname(), addr),
        Value::Cell(c) => match c.get() {
            Some(inner) => format!(
                "<cell at {:#x}: {} object at {:#x}>",
                addr,
                inner.type_name(),
                inner.address()
            ),
            None => format!("<cell at {addr:#x}: empty>"),
        },
        Value::Code(c) => format!(
            "<code object {} at {:#x}, file \"{}\", line {}>",
            c.name, addr, c.filename, c.firstlineno
        ),
        Value::Class(c) if c.kind == TypeKind::User && c.module.as_ref() != "builtins" => {
            format!("<class '{}.{}'>", c.module, c.qualname)
        }
        Value::Class(c) => format!("<class '{}'>", c.name),
        Value::Builtin(b) => match (&b.this, b.owner) {
            (None, Some(crate::builtins::slots::QUITTER)) => {
                format!("Use {}() or Ctrl-D (i.e. EOF) to exit", b.name)
            }
            (None, Some(crate::builtins::slots::OBJECT_SLOT)) => {
                format!("<slot wrapper '{}' of 'object' objects>", b.name)
            }
            (
                Some(this),
                Some(crate::builtins::slots::METHOD_WRAPPER | crate::builtins::slots::OBJECT_SLOT),
            ) => format!(
                "<method-wrapper '{}' of {} object at {:#x}>",
                b.name,
                this.type_name(),
                this.address()
            ),
            (Some(this), Some(_)) => format!(
                "<built-in method {} of {} object at {:#x}>",
                b.name,
                this.type_name(),
                this.address()
            ),
            (None, Some(owner)) if !owner.starts_with(char::is_uppercase) => {
                format!("<method '{}' of '{}' objects>", b.name, owner)
            }
            _ => format!("<built-in function {}>", b.name),
        },
        Value::Generator(g) => format!("<{} object {} at {:#x}>", v.type_name(), g.qualname, addr),
        Value::Module(m) => format!("<module '{}' (built-in)>", m.name),
        other => format!("<{} object at {:#x}>", other.type_name(), addr),
    }
}

/// cpython: unicode_repr — single quotes unless the text has a single quote
/// and no double quote; escapes for backslash, the quote and control characters.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if (0x80..0xa0).contains(&(c as u32)) || c == '\u{ad}' => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if is_unprintable(c) => {
                let n = c as u32;
                if n <= 0xffff {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Non-ASCII characters CPython escapes in reprs: separators, surrogates,
/// private use and unassigned format characters (an approximation of
/// Py_UNICODE_ISPRINTABLE good for text learners type).
fn is_unprintable(c: char) -> bool {
    let n = c as u32;
    matches!(n, 0x2028 | 0x2029 | 0x200b..=0x200f | 0x202a..=0x202e | 0x2060..=0x2064 | 0xfeff | 0xe000..=0xf8ff | 0xfff9..=0xfffb)
}
