//! Python `bytes` and `bytearray`: one object type around a byte buffer,
//! immutable and hashable (`bytes`) or mutable (`bytearray`).
//!
//! A bytearray also keeps CPython's allocation size (`ob_alloc`), grown and
//! shrunk by CPython's own policy (cpython: bytearrayobject.c
//! PyByteArray_Resize), so `sys.getsizeof` reports what CPython reports.
//! Nothing here calls the VM: callers copy what they need before a write,
//! so no borrow is held while Python code runs.

use std::cell::{Cell, Ref, RefCell};
use std::rc::Rc;

pub struct PyBytes {
    data: RefCell<Vec<u8>>,
    /// `bytearray` when true; a `bytes` object's buffer never changes.
    pub mutable: bool,
    /// A bytearray's CPython allocation (size + 1 for the trailing NUL,
    /// plus over-allocation); 0 for an empty one.
    alloc: Cell<usize>,
    hash: Cell<Option<i64>>,
}

impl PyBytes {
    /// A new `bytes` object.
    pub fn bytes(data: Vec<u8>) -> Rc<PyBytes> {
        Rc::new(PyBytes {
            data: RefCell::new(data),
            mutable: false,
            alloc: Cell::new(0),
            hash: Cell::new(None),
        })
    }

    /// A new `bytearray` allocated exactly (cpython: PyByteArray_FromStringAndSize).
    pub fn bytearray(data: Vec<u8>) -> Rc<PyBytes> {
        let alloc = if data.is_empty() { 0 } else { data.len() + 1 };
        Rc::new(PyBytes {
            data: RefCell::new(data),
            mutable: true,
            alloc: Cell::new(alloc),
            hash: Cell::new(None),
        })
    }

    /// A new object of the same type as `self` (bytes methods return
    /// bytearrays when called on one).
    pub fn same_kind(&self, data: Vec<u8>) -> Rc<PyBytes> {
        if self.mutable {
            PyBytes::bytearray(data)
        } else {
            PyBytes::bytes(data)
        }
    }

    pub fn data(&self) -> Ref<'_, Vec<u8>> {
        self.data.borrow()
    }

    /// A copy of the contents (to hold across a call into the VM).
    pub fn to_vec(&self) -> Vec<u8> {
        self.data.borrow().clone()
    }

    pub fn len(&self) -> usize {
        self.data.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.data.borrow().is_empty()
    }

    pub fn type_name(&self) -> &'static str {
        if self.mutable { "bytearray" } else { "bytes" }
    }

    /// CPython's allocation of a bytearray (for `sys.getsizeof`).
    pub fn alloc(&self) -> usize {
        self.alloc.get()
    }

    /// Changes a bytearray's contents; the allocation follows the new size
    /// as CPython's resize policy has it. Returns None when the buffer is
    /// borrowed (a caller bug that must not panic), else `f`'s result.
    pub fn modify<T>(&self, f: impl FnOnce(&mut Vec<u8>) -> T) -> Option<T> {
        let mut data = self.data.try_borrow_mut().ok()?;
        let before = data.len();
        let out = f(&mut data);
        let after = data.len();
        drop(data);
        if after != before {
            self.alloc.set(resized_alloc(self.alloc.get(), after));
        }
        Some(out)
    }

    /// The hash of a bytes object: the same function as a str's over its
    /// bytes, so `hash(b'abc') == hash('abc')` as in CPython.
    pub fn hash(&self) -> i64 {
        if let Some(h) = self.hash.get() {
            return h;
        }
        let h = hash_bytes(&self.data.borrow());
        self.hash.set(Some(h));
        h
    }

    /// `repr(b)`: `b'...'` or `bytearray(b'...')`.
    pub fn repr(&self) -> String {
        let inner = bytes_repr(&self.data.borrow());
        if self.mutable {
            format!("bytearray({inner})")
        } else {
            inner
        }
    }
}

/// The allocation after a resize to `size` (cpython: PyByteArray_Resize).
fn resized_alloc(alloc: usize, size: usize) -> usize {
    if size < alloc {
        if size < alloc / 2 { size + 1 } else { alloc }
    } else if size as f64 <= alloc as f64 * 1.125 {
        size + (size >> 3) + if size < 9 { 3 } else { 6 }
    } else {
        size + 1
    }
}

/// FNV-1a over the bytes, as `str::hash_text` (never -1).
pub fn hash_bytes(data: &[u8]) -> i64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &b in data {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let h = (h >> 1) as i64;
    if h == -1 { -2 } else { h }
}

/// `b'...'` with CPython's quote choice and escapes (cpython: bytesobject.c
/// PyBytes_Repr): single quotes unless the data holds `'` and no `"`.
pub fn bytes_repr(data: &[u8]) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(data.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in data {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote as char);
    out
}
