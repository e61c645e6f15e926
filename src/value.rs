//! Python values: the enum every stack slot, local, cell and container holds.
//!
//! Small ints, floats, bools and None live inline; everything else is an `Rc`
//! to an object with identity (its address is its `id()`). Mutable objects
//! keep their contents in a `RefCell`. A `Value` is 16 bytes.

pub mod bytes;
pub mod class;
pub mod complex;
pub mod complex_parse;
pub mod dict;
pub mod float;
pub mod float_hex;
pub mod func;
pub mod int;
pub mod ops;
pub mod range;
pub mod set;
pub mod str;

use num_bigint::BigInt;
use std::cell::RefCell;
use std::rc::Rc;

pub use bytes::PyBytes;
pub use class::{Class, Instance, TypeKind};
pub use dict::{Dict, DictKey};
pub use func::{BoundMethod, Builtin, BuiltinFn, CellObj, Function, Generator};
pub use range::Range;
pub use set::Set;
pub use str::PyStr;

/// A name or string shared without copying.
pub type Name = Rc<str>;

/// `repr(C, u64)`: the tag is a whole word and every payload the next one,
/// so the 16 bytes have no padding and a move is two words (with a byte
/// tag, moves copied bytes 1-7 piecewise, which the CPU had to stitch
/// together from two earlier stores on every push and pop).
#[repr(C, u64)]
pub enum Value {
    None,
    /// The `NULL` CPython 3.11 pushes below a callable (`PUSH_NULL`); never
    /// visible to Python code.
    Null,
    Ellipsis,
    NotImplemented,
    Bool(bool),
    /// An int that fits in i64; bigger ones are `BigInt` (never both).
    Int(i64),
    /// The last inline variant: every tag after it holds an `Rc` (so a
    /// drop tests one comparison before touching a count).
    Float(f64),
    BigInt(Rc<BigInt>),
    Str(Rc<PyStr>),
    List(Rc<List>),
    Tuple(Rc<Tuple>),
    Dict(Rc<Dict>),
    Set(Rc<Set>),
    Range(Rc<Range>),
    Slice(Rc<Slice>),
    Function(Rc<Function>),
    Builtin(Rc<Builtin>),
    Method(Rc<BoundMethod>),
    Cell(Rc<CellObj>),
    Code(Rc<crate::code::Code>),
    Class(Rc<Class>),
    Instance(Rc<Instance>),
    Iterator(Rc<RefCell<crate::vm::iter::IterState>>),
    Generator(Rc<Generator>),
    Module(Rc<crate::builtins::Module>),
    /// `super()`: attribute lookup from after `class` in `this`'s MRO.
    Super(Rc<SuperObj>),
    /// `bytes` or `bytearray` (`PyBytes::mutable` tells which).
    Bytes(Rc<PyBytes>),
    /// `complex`: two floats, immutable, behind an `Rc` to keep 16 bytes.
    Complex(Rc<complex::Complex>),
}

/// Calls `$m!` with every variant that holds an `Rc` at byte 8.
macro_rules! with_rc_variants {
    ($m:ident) => {
        $m!(BigInt Str List Tuple Dict Set Range Slice Function Builtin Method Cell Code
            Class Instance Iterator Generator Module Super Bytes Complex)
    };
}

impl Clone for Value {
    /// A clone is a bitwise copy plus, for the `Rc` variants, one more
    /// strong reference, all inline: an int or None costs one branch, an
    /// object one jump and one increment (no call, no value returned
    /// through memory).
    #[inline(always)]
    fn clone(&self) -> Value {
        macro_rules! bump {
            ($($v:ident)*) => {
                match self {
                    // SAFETY: the copy below owns the reference added here.
                    $(Value::$v(r) => unsafe { Rc::increment_strong_count(Rc::as_ptr(r)) },)*
                    _ => {}
                }
            };
        }
        with_rc_variants!(bump);
        // SAFETY: inline variants are plain data; Rc ones were counted above.
        unsafe { std::ptr::read(self) }
    }
}

impl Value {
    /// Drops a value, inline: an `Rc` that is not the last reference only
    /// loses a count; the out-of-line drop glue runs for the last one.
    #[inline(always)]
    pub fn discard(self) {
        if self.tag() <= LAST_INLINE_TAG {
            // One comparison, where the match below is a jump table.
            std::mem::forget(self);
            return;
        }
        macro_rules! release {
            ($($v:ident)*) => {
                match &self {
                    Value::Int(_) | Value::None | Value::Bool(_) | Value::Float(_) | Value::Null => {
                        std::mem::forget(self)
                    }
                    $(Value::$v(r) if Rc::strong_count(r) > 1 => {
                        // SAFETY: another reference remains, so nothing is freed.
                        unsafe { Rc::decrement_strong_count(Rc::as_ptr(r)) };
                        std::mem::forget(self)
                    })*
                    _ => drop(self),
                }
            };
        }
        with_rc_variants!(release);
    }
}

impl Value {
    /// The variant's tag: `repr(C, u64)` puts it in the first word.
    #[inline(always)]
    const fn tag(&self) -> u64 {
        // SAFETY: the first word of a `repr(C, u64)` enum is its u64 tag.
        unsafe { *(self as *const Value as *const u64) }
    }
}

/// Tags up to this one (`Float`) hold no `Rc`.
const LAST_INLINE_TAG: u64 = 6;
const _: () = assert!(Value::Float(0.0).tag() == LAST_INLINE_TAG);
const _: () = assert!(Value::Int(0).tag() == LAST_INLINE_TAG - 1);

const _: () = assert!(std::mem::size_of::<Value>() == 16);
const _: () = assert!(std::mem::size_of::<Option<Value>>() == 16);

/// The object `super()` returns.
pub struct SuperObj {
    pub class: Rc<Class>,
    pub this: Value,
}

/// A list: a mutable vector behind a RefCell.
#[derive(Default)]
pub struct List {
    pub items: RefCell<Vec<Value>>,
    pub gc: crate::gc::GcIndex,
}

/// A tuple: immutable items.
pub struct Tuple {
    pub items: Box<[Value]>,
    pub gc: crate::gc::GcIndex,
}

/// Containers leave the collector's registry when they die.
macro_rules! untrack_on_drop {
    ($($t:ty),*) => {
        $(impl Drop for $t {
            fn drop(&mut self) {
                self.gc.untrack();
            }
        })*
    };
}

untrack_on_drop!(List, Tuple, Dict, Set, CellObj, Function, Instance);

impl Drop for Generator {
    fn drop(&mut self) {
        let heap = self.gc.untrack();
        // SAFETY: untrack returns null or a live heap (heaps outlive the
        // drops of their objects: see heap.rs).
        if let Some(heap) = unsafe { heap.as_ref() } {
            crate::vm::generator::finalize(self, heap);
        }
    }
}

/// `slice(lower, upper, step)`, each possibly None.
pub struct Slice {
    pub lower: Value,
    pub upper: Value,
    pub step: Value,
}

impl Value {
    pub fn str(s: impl Into<String>) -> Value {
        Value::Str(Rc::new(PyStr::new(s.into())))
    }

    pub fn list(items: Vec<Value>) -> Value {
        let list = Rc::new(List {
            items: RefCell::new(items),
            gc: Default::default(),
        });
        crate::gc::track_list(&list);
        Value::List(list)
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        let tuple = Rc::new(Tuple {
            items: items.into_boxed_slice(),
            gc: Default::default(),
        });
        crate::gc::track_tuple(&tuple);
        Value::Tuple(tuple)
    }

    pub fn dict(dict: Dict) -> Value {
        let dict = Rc::new(dict);
        crate::gc::track_dict(&dict);
        Value::Dict(dict)
    }

    pub fn set(set: Set) -> Value {
        let set = Rc::new(set);
        crate::gc::track_set(&set);
        Value::Set(set)
    }

    pub fn from_bigint(n: BigInt) -> Value {
        int::normalize(n)
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// The address that `id()` and reprs show; inline values get a stable
    /// made-up address derived from their bits.
    pub fn address(&self) -> usize {
        match self {
            Value::None => 0x5f5e100,
            Value::Null => 0,
            Value::Ellipsis => 0x5f5e140,
            Value::NotImplemented => 0x5f5e180,
            Value::Bool(b) => 0x5f5e1c0 + (*b as usize) * 0x20,
            Value::Int(i) => 0x7f0000000000usize.wrapping_add((*i as usize).wrapping_mul(32)),
            Value::Float(f) => 0x7e0000000000usize ^ (f.to_bits() as usize >> 4),
            Value::BigInt(r) => Rc::as_ptr(r) as usize,
            Value::Str(r) => Rc::as_ptr(r) as usize,
            Value::List(r) => Rc::as_ptr(r) as usize,
            Value::Tuple(r) => Rc::as_ptr(r) as usize,
            Value::Dict(r) => Rc::as_ptr(r) as usize,
            Value::Set(r) => Rc::as_ptr(r) as usize,
            Value::Range(r) => Rc::as_ptr(r) as usize,
            Value::Slice(r) => Rc::as_ptr(r) as usize,
            Value::Function(r) => Rc::as_ptr(r) as usize,
            Value::Builtin(r) => Rc::as_ptr(r) as usize,
            Value::Method(r) => Rc::as_ptr(r) as usize,
            Value::Cell(r) => Rc::as_ptr(r) as usize,
            Value::Code(r) => Rc::as_ptr(r) as usize,
            Value::Class(r) => Rc::as_ptr(r) as usize,
            Value::Instance(r) => Rc::as_ptr(r) as usize,
            Value::Iterator(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Generator(r) => Rc::as_ptr(r) as usize,
            Value::Module(r) => Rc::as_ptr(r) as usize,
            Value::Super(r) => Rc::as_ptr(r) as usize,
            Value::Bytes(r) => Rc::as_ptr(r) as usize,
            Value::Complex(r) => Rc::as_ptr(r) as usize,
        }
    }

    /// `a is b`.
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::None, Value::None) => true,
            (Value::Str(a), Value::Str(b)) => {
                Rc::ptr_eq(a, b) || (a.len() <= 1 && a.as_str() == b.as_str())
            }
            _ => {
                std::mem::discriminant(self) == std::mem::discriminant(other)
                    && self.address() == other.address()
            }
        }
    }

    /// The Python type name, as error messages show it (`'int'`, `'function'`).
    pub fn type_name(&self) -> Rc<str> {
        match self {
            Value::Instance(i) => i.class.tp_name(),
            Value::Class(c) => c.metatype_name(),
            other => Rc::from(other.builtin_type_name()),
        }
    }

    pub fn builtin_type_name(&self) -> &'static str {
        match self {
            Value::None => "NoneType",
            Value::Null => "NULL",
            Value::Ellipsis => "ellipsis",
            Value::NotImplemented => "NotImplementedType",
            Value::Bool(_) => "bool",
            Value::Int(_) | Value::BigInt(_) => "int",
            Value::Float(_) => "float",
            Value::Str(_) => "str",
            Value::List(_) => "list",
            Value::Tuple(_) => "tuple",
            Value::Dict(_) => "dict",
            Value::Set(s) if s.is_frozen() => "frozenset",
            Value::Set(_) => "set",
            Value::Range(_) => "range",
            Value::Slice(_) => "slice",
            Value::Function(_) => "function",
            Value::Builtin(b) => b.type_name(),
            Value::Method(_) => "method",
            Value::Cell(_) => "cell",
            Value::Code(_) => "code",
            Value::Class(_) => "type",
            Value::Instance(_) => "object",
            Value::Iterator(it) => it.borrow().type_name(),
            Value::Generator(g) if g.code.is_coroutine() => "coroutine",
            Value::Generator(g) if g.code.is_async_generator() => "async_generator",
            Value::Generator(_) => "generator",
            Value::Module(_) => "module",
            Value::Super(_) => "super",
            Value::Bytes(b) => b.type_name(),
            Value::Complex(_) => "complex",
        }
    }

    /// `callable(v)`: functions, builtins, methods, classes, and instances
    /// whose class defines `__call__`.
    pub fn is_callable(&self) -> bool {
        match self {
            Value::Function(_) | Value::Builtin(_) | Value::Method(_) | Value::Class(_) => true,
            Value::Instance(i) => i.class.lookup("__call__").is_some(),
            _ => false,
        }
    }

    /// Truth value for the types that need no VM (`__bool__`/`__len__` of
    /// instances are handled by the VM first).
    pub fn truthy(&self) -> bool {
        match self {
            Value::None | Value::Null => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::BigInt(_) => true,
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.as_str().is_empty(),
            Value::List(l) => !l.items.borrow().is_empty(),
            Value::Tuple(t) => !t.items.is_empty(),
            Value::Dict(d) => !d.is_empty(),
            Value::Set(s) => !s.is_empty(),
            Value::Range(r) => !r.is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::Complex(c) => !c.is_zero(),
            _ => true,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s.as_str()),
            _ => None,
        }
    }
}

impl Tuple {
    pub fn empty() -> Rc<Tuple> {
        Rc::new(Tuple {
            items: Box::new([]),
            gc: Default::default(),
        })
    }
}
