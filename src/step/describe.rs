//! Values as the stepper and `:watch` show them: `repr`-like text, cut to a
//! budget, computed without running any Python code (a user `__repr__`
//! never runs behind the learner's back: an instance shows its attributes).
//!
//! ```text
//!     3   'hi'   [1, 2, 3]   {'a': 1}   <function make_counter.<locals>.inc>
//!     <Account: balance=10>   <generator gen>   <cell#2>   [0, 1, 2, …]
//! ```

use crate::value::{Value, float::float_repr};
use crate::vm::{object_repr, str_repr};
use std::fmt::Write;

/// The text for `v`, at most about `budget` characters (`…` marks a cut).
pub fn describe(v: &Value, budget: usize) -> String {
    let mut d = Describer {
        out: String::new(),
        budget,
        seen: Vec::new(),
    };
    d.value(v);
    if d.out.chars().count() > budget {
        let cut: String = d.out.chars().take(budget.saturating_sub(1)).collect();
        return cut + "…";
    }
    d.out
}

struct Describer {
    out: String,
    budget: usize,
    /// Containers being described (a container inside itself is `[...]`).
    seen: Vec<usize>,
}

impl Describer {
    fn full(&self) -> bool {
        self.out.len() > self.budget
    }

    fn value(&mut self, v: &Value) {
        match v {
            Value::Int(i) => {
                let _ = write!(self.out, "{i}");
            }
            Value::BigInt(_) => self.big_int(v),
            Value::Float(f) => self.out.push_str(&float_repr(*f)),
            Value::Complex(c) => self.out.push_str(&crate::value::complex::repr(**c)),
            Value::Str(s) => self.string(s.as_str()),
            Value::List(l) => {
                let items = l.items.borrow().clone();
                self.container(v, "[", &items, "]");
            }
            Value::Tuple(t) if t.items.len() == 1 => self.container(v, "(", &t.items, ",)"),
            Value::Tuple(t) => self.container(v, "(", &t.items, ")"),
            Value::Set(s) if s.is_empty() => self.out.push_str("set()"),
            Value::Set(s) => self.container(v, "{", &s.items(), "}"),
            Value::Dict(_) => self.dict(v),
            Value::Function(f) => {
                let _ = write!(self.out, "<function {}>", f.qualname());
            }
            Value::Generator(g) => {
                let _ = write!(self.out, "<generator {}>", g.qualname);
            }
            Value::Cell(c) => {
                let _ = write!(self.out, "<cell#{}>", c.id);
            }
            Value::Instance(_) => self.instance(v),
            Value::Method(m) => {
                self.out.push_str("<bound method ");
                match &m.func {
                    Value::Function(f) => self.out.push_str(&f.qualname()),
                    other => self.value(other),
                }
                self.out.push('>');
            }
            other => self.out.push_str(&plain(other)),
        }
    }

    fn big_int(&mut self, v: &Value) {
        match crate::value::int::int_repr(v) {
            Ok(text) => self.out.push_str(&text),
            Err(_) => self.out.push_str("<int too large to show>"),
        }
    }

    fn string(&mut self, s: &str) {
        if s.len() > self.budget * 4 {
            let head: String = s.chars().take(self.budget).collect();
            self.out.push_str(&str_repr(&head));
            self.out.push('…');
        } else {
            self.out.push_str(&str_repr(s));
        }
    }

    /// A list, tuple or set (`[...]` inside itself).
    fn container(&mut self, v: &Value, open: &str, items: &[Value], close: &str) {
        if self.enter(v) {
            return;
        }
        self.items(open, items, close);
        self.seen.pop();
    }

    /// `open items close`, stopping once the budget is spent.
    fn items(&mut self, open: &str, items: &[Value], close: &str) {
        self.out.push_str(open);
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            if self.full() {
                self.out.push('…');
                break;
            }
            self.value(item);
        }
        self.out.push_str(close);
    }

    fn dict(&mut self, v: &Value) {
        let Value::Dict(d) = v else { return };
        if self.enter(v) {
            return;
        }
        self.out.push('{');
        for (i, (k, item)) in d.items().iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            if self.full() {
                self.out.push('…');
                break;
            }
            self.value(k);
            self.out.push_str(": ");
            self.value(item);
        }
        self.out.push('}');
        self.seen.pop();
    }

    /// Marks `v` as being described; true (and `[...]` written) when it
    /// already is: a container inside itself.
    fn enter(&mut self, v: &Value) -> bool {
        let addr = v.address();
        if self.seen.contains(&addr) {
            self.out.push_str(match v {
                Value::List(_) => "[...]",
                Value::Dict(_) => "{...}",
                _ => "(...)",
            });
            return true;
        }
        self.seen.push(addr);
        false
    }

    /// An exception as `ValueError('bad')`; another instance as its class
    /// and attributes: `<Account: balance=10>`.
    fn instance(&mut self, v: &Value) {
        let Value::Instance(i) = v else { return };
        if self.enter(v) {
            return;
        }
        if let Some(state) = &i.exc {
            let args = state.borrow().args.clone();
            self.out.push_str(&i.class.name);
            self.items("(", &args, ")");
        } else {
            let _ = write!(self.out, "<{}", i.class.name);
            for (n, (k, item)) in i.dict.items().iter().enumerate() {
                self.out.push_str(if n == 0 { ": " } else { ", " });
                if self.full() {
                    self.out.push('…');
                    break;
                }
                if let Some(name) = k.as_str() {
                    self.out.push_str(name);
                }
                self.out.push('=');
                self.value(item);
            }
            self.out.push('>');
        }
        self.seen.pop();
    }
}

/// Scalars and objects: their repr, without the address CPython shows
/// (`<built-in function len>`, `<class 'int'>`, `range(0, 3)`).
fn plain(v: &Value) -> String {
    match v {
        Value::None => "None".into(),
        Value::Bool(b) => if *b { "True" } else { "False" }.into(),
        Value::Ellipsis => "Ellipsis".into(),
        Value::NotImplemented => "NotImplemented".into(),
        Value::Range(r) => r.repr(),
        Value::Module(m) => format!("<module '{}'>", m.name),
        other => without_address(&object_repr(other)),
    }
}

/// `<function f at 0x7f...>` → `<function f>`.
fn without_address(repr: &str) -> String {
    match repr.find(" at 0x") {
        Some(at) => {
            let rest = &repr[at + 6..];
            let end = rest
                .find(|c: char| !c.is_ascii_hexdigit())
                .unwrap_or(rest.len());
            format!("{}{}", &repr[..at], &rest[end..])
        }
        None => repr.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::without_address;

    #[test]
    fn addresses_are_dropped() {
        assert_eq!(
            without_address("<built-in method append of list object at 0x7f12ab>"),
            "<built-in method append of list object>"
        );
        assert_eq!(without_address("<class 'int'>"), "<class 'int'>");
    }
}
