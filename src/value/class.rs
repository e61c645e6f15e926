//! Classes and instances. Builtin types (`int`, `list`, `ValueError`) are
//! `Class` objects too, marked with their `TypeKind`, so `type()`,
//! `isinstance` and subclassing treat them like user classes.
//!
//! Single inheritance: a class's MRO is itself followed by its base's MRO.

use super::dict::StrKey;
use super::{Dict, Name, Value};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Which builtin type a class is, or `User` for a `class` statement's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TypeKind {
    User,
    Object,
    Type,
    NoneType,
    Bool,
    Int,
    Float,
    Complex,
    Str,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    BuiltinFunction,
    Method,
    Cell,
    Code,
    Generator,
    Iterator,
    Module,
    Ellipsis,
    NotImplementedType,
    Bytes,
    ByteArray,
    /// `BaseException` and every builtin exception class.
    Exception,
}

impl TypeKind {
    /// A builtin type whose call constructs a value (`int`, `str`, `list`),
    /// as opposed to a class whose call makes an instance and runs
    /// `__init__`.
    pub fn is_builtin_type(self) -> bool {
        !matches!(
            self,
            TypeKind::User | TypeKind::Exception | TypeKind::Object
        )
    }
}

pub struct Class {
    pub name: Name,
    pub qualname: Name,
    pub module: Name,
    /// The first base (`__bases__[0]`); None for `object`.
    pub base: Option<Rc<Class>>,
    /// The bases after the first (`class C(A, B)`: `B`).
    pub more_bases: Vec<Rc<Class>>,
    /// The MRO after this class (C3, as CPython linearises it).
    pub mro_tail: Box<[Rc<Class>]>,
    /// A builtin type comes before a class of the user's in the MRO
    /// (`class E(Exception, Mixin)`): a lookup stops at the builtin type
    /// that defines the name itself.
    pub native_first: bool,
    pub dict: Dict,
    pub kind: TypeKind,
    /// Made by a `class` statement (CPython's Py_TPFLAGS_HEAPTYPE): only
    /// such classes take new attributes; builtin types are immutable.
    pub heap_type: bool,
    /// `hook::*` bits: what this class's own namespace defines that
    /// changes attribute writes (kept up to date by writes to the class).
    pub hooks: Cell<u8>,
    /// The class statement's body code (its source and first line), for
    /// `help()`; None for builtin types.
    pub body: Option<Rc<crate::code::Code>>,
}

/// Bits of `Class::hooks` and of `Class::write_hooks`.
pub mod hook {
    /// The namespace binds `__setattr__`.
    pub const SETATTR: u8 = 1;
    /// The namespace binds `__delattr__`.
    pub const DELATTR: u8 = 2;
    /// Instances have no `__dict__`: `__slots__` in this class and every
    /// base up to `object` (set when the class is made).
    pub const NO_DICT: u8 = 4;
    /// Some class of the MRO has `__slots__` members: instances carry
    /// `Instance::slots` (set when the class is made).
    pub const SLOTS: u8 = 16;
    /// (`write_hooks` only) some class of the MRO may hold a descriptor.
    pub const DESCRIPTORS: u8 = 8;

    /// The hook bits a namespace's names give.
    pub fn of_name(name: &str) -> u8 {
        match name {
            "__setattr__" => SETATTR,
            "__delattr__" => DELATTR,
            _ => 0,
        }
    }
}

/// An instance of a user class or of an exception class.
pub struct Instance {
    pub class: Rc<Class>,
    /// The instance's namespace; `obj.__dict__` is this very dict.
    pub dict: Rc<Dict>,
    /// The values of `__slots__` members, when the class has any.
    pub slots: Option<Box<Dict>>,
    /// Present for instances of BaseException and its subclasses.
    pub exc: Option<RefCell<crate::exception::ExcState>>,
    /// For an instance of a class derived from dict, list or tuple: the
    /// builtin object it is (`Counter()` holds a dict). Operations its class
    /// does not override act on this object (`vm/payload.rs`).
    pub payload: Option<Value>,
    pub gc: crate::gc::GcIndex,
}

impl Class {
    /// The MRO: this class, then `mro_tail`.
    pub fn mro(self: &Rc<Class>) -> Vec<Rc<Class>> {
        let mut out = Vec::with_capacity(self.mro_tail.len() + 1);
        out.push(self.clone());
        out.extend(self.mro_tail.iter().cloned());
        out
    }

    /// `__bases__`.
    pub fn bases(&self) -> Vec<Rc<Class>> {
        self.base.iter().chain(&self.more_bases).cloned().collect()
    }

    /// Looks `name` up along the MRO.
    pub fn lookup(&self, name: &str) -> Option<Value> {
        self.lookup_key(&StrKey::new(name))
    }

    /// No class of the MRO ever held an instance in its dict, so none has a
    /// descriptor (`property`) that would take precedence over an
    /// instance's own attribute.
    pub fn plain_attributes(&self) -> bool {
        if self.dict.had_instance_values.get() {
            return false;
        }
        for c in self.mro_tail.iter() {
            if c.dict.had_instance_values.get() {
                return false;
            }
        }
        true
    }

    /// The hooks of the whole MRO in one walk (as cheap as
    /// `plain_attributes`): `SETATTR`/`DELATTR` from any class, `NO_DICT`
    /// from this one, `DESCRIPTORS` unless `plain_attributes` holds.
    pub fn write_hooks(&self) -> u8 {
        let mut bits = (self.hooks.get() & hook::NO_DICT) | self.own_write_hooks();
        for c in self.mro_tail.iter() {
            bits |= c.own_write_hooks();
        }
        bits
    }

    /// This class's part of `write_hooks`.
    #[inline(always)]
    fn own_write_hooks(&self) -> u8 {
        let hooks = self.hooks.get() & (hook::SETATTR | hook::DELATTR);
        if self.dict.had_instance_values.get() {
            hooks | hook::DESCRIPTORS
        } else {
            hooks
        }
    }

    /// Notes that `name` was bound in this class's namespace.
    pub fn note_binding(&self, name: &str) {
        self.hooks.set(self.hooks.get() | hook::of_name(name));
    }

    /// `lookup` with the name hashed once for the whole MRO.
    pub fn lookup_key(&self, key: &StrKey) -> Option<Value> {
        if let Some(v) = self.dict.get_key(key) {
            return Some(v);
        }
        for c in self.mro_tail.iter() {
            if let Some(v) = c.dict.get_key(key) {
                return Some(v);
            }
            if self.native_first
                && c.kind != TypeKind::User
                && crate::builtins::own_names::defines(&c.name, key.text())
            {
                return None; // the builtin type's own behaviour
            }
        }
        None
    }

    /// Whether `self` is `other` or derives from it.
    pub fn is_subclass(&self, other: &Class) -> bool {
        std::ptr::eq(self, other) || self.mro_tail.iter().any(|c| std::ptr::eq(&**c, other))
    }

    /// The nearest builtin type this class derives from.
    pub fn builtin_kind(&self) -> TypeKind {
        if self.kind != TypeKind::User {
            return self.kind;
        }
        self.mro_tail
            .iter()
            .map(|c| c.kind)
            .find(|k| *k != TypeKind::User)
            .unwrap_or(TypeKind::Object)
    }

    pub fn is_exception(&self) -> bool {
        self.builtin_kind() == TypeKind::Exception
    }

    /// CPython's `tp_name`, which error messages show: a class written in C
    /// (here: not made by a class statement of the user's, e.g.
    /// `functools.partial`, `itertools.chain`) is named with its module.
    pub fn tp_name(&self) -> Name {
        if self.heap_type || matches!(&*self.module, "builtins" | "__main__") {
            return self.name.clone();
        }
        Rc::from(format!("{}.{}", self.module, self.name))
    }

    /// The type of a class object is `type`.
    pub fn metatype_name(&self) -> Rc<str> {
        Rc::from("type")
    }
}

/// The MRO of a new class after the class itself, from its bases: CPython's
/// C3 merge of the bases' MROs and the bases, with its TypeErrors.
/// cpython: typeobject.c mro_implementation
pub fn linearize(bases: &[Rc<Class>]) -> Result<Box<[Rc<Class>]>, String> {
    if let [one] = bases {
        return Ok(std::iter::once(one.clone())
            .chain(one.mro_tail.iter().cloned())
            .collect());
    }
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|a| Rc::ptr_eq(a, b)) {
            return Err(format!("duplicate base class {}", b.name));
        }
    }
    let mut lists: Vec<Vec<Rc<Class>>> = bases.iter().map(|b| b.mro()).collect();
    lists.push(bases.to_vec());
    let mut out = Vec::new();
    while lists.iter().any(|l| !l.is_empty()) {
        let in_tail = |c: &Rc<Class>, lists: &[Vec<Rc<Class>>]| {
            lists
                .iter()
                .any(|l| l.iter().skip(1).any(|x| Rc::ptr_eq(x, c)))
        };
        let Some(next) = lists
            .iter()
            .filter_map(|l| l.first())
            .find(|c| !in_tail(c, &lists))
            .cloned()
        else {
            return Err(mro_error(&lists));
        };
        for l in &mut lists {
            if l.first().is_some_and(|c| Rc::ptr_eq(c, &next)) {
                l.remove(0);
            }
        }
        out.push(next);
    }
    Ok(out.into_boxed_slice())
}

/// `Cannot create a consistent method resolution order (MRO) for bases X, Y`
fn mro_error(lists: &[Vec<Rc<Class>>]) -> String {
    let mut heads: Vec<&Rc<Class>> = Vec::new();
    for c in lists.iter().filter_map(|l| l.first()) {
        if !heads.iter().any(|h| Rc::ptr_eq(h, c)) {
            heads.push(c);
        }
    }
    let names: Vec<&str> = heads.iter().map(|c| &*c.name).collect();
    format!(
        "Cannot create a consistent method resolution\norder (MRO) for bases {}",
        names.join(", ")
    )
}

/// Whether a builtin type comes before a user's class in an MRO tail.
pub fn native_first(tail: &[Rc<Class>]) -> bool {
    let first_native = tail
        .iter()
        .position(|c| !matches!(c.kind, TypeKind::User | TypeKind::Object));
    first_native.is_some_and(|i| tail[i..].iter().any(|c| c.kind == TypeKind::User))
}
