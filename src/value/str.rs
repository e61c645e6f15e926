//! Python `str`: UTF-8 text that indexes by code point.
//!
//! Most strings a lesson uses are ASCII, where a code-point index is a byte
//! index; `ascii` records that once so indexing and `len` stay O(1) for them.

use std::cell::Cell;

pub struct PyStr {
    s: String,
    ascii: bool,
    hash: Cell<Option<i64>>,
}

impl PyStr {
    pub fn new(s: String) -> PyStr {
        let ascii = s.is_ascii();
        PyStr {
            s,
            ascii,
            hash: Cell::new(None),
        }
    }

    /// A new shared str.
    pub fn rc(s: &str) -> std::rc::Rc<PyStr> {
        std::rc::Rc::new(PyStr::new(s.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.s
    }

    pub fn is_ascii(&self) -> bool {
        self.ascii
    }

    /// `len(s)`: the number of code points.
    pub fn len(&self) -> usize {
        if self.ascii {
            self.s.len()
        } else {
            self.s.chars().count()
        }
    }

    pub fn is_empty(&self) -> bool {
        self.s.is_empty()
    }

    /// The code point at index `i` (already bounds-checked by the caller).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.ascii {
            self.s.as_bytes().get(i).map(|b| *b as char)
        } else {
            self.s.chars().nth(i)
        }
    }

    /// The code points as a vector, for slicing non-ASCII text.
    pub fn chars(&self) -> Vec<char> {
        self.s.chars().collect()
    }

    /// A stable string hash (CPython randomises str hashes per process, so
    /// no program can depend on their values); cached after the first use.
    pub fn hash(&self) -> i64 {
        if let Some(h) = self.hash.get() {
            return h;
        }
        let h = hash_text(&self.s);
        self.hash.set(Some(h));
        h
    }
}

/// The hash of a str's text (FNV-1a; never -1, as Python hashes).
pub fn hash_text(s: &str) -> i64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let h = (h >> 1) as i64;
    if h == -1 { -2 } else { h }
}
