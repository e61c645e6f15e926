//! The value stack through its `Vec` API, for the general path and the
//! rest of the VM (the hot loop works on a raw pointer, `dispatch.rs`).

use super::Vm;
use super::dispatch::discard;
use crate::value::Value;

impl Vm {
    /// Drops the stack down to `len`, skipping drop glue for inline values.
    #[inline(always)]
    pub(crate) fn truncate_stack(&mut self, len: usize) {
        while self.stack.len() > len {
            let v = self.pop();
            discard(v);
        }
    }

    #[inline]
    pub(crate) fn pop(&mut self) -> Value {
        match self.stack.pop() {
            Some(v) => v,
            None => unreachable_stack(),
        }
    }

    /// A copy of the top of the value stack.
    pub(crate) fn peek(&self) -> Value {
        match self.stack.last() {
            Some(v) => v.clone(),
            None => unreachable_stack(),
        }
    }

    /// Pushes onto the value stack; the growth path is out of line.
    #[inline(always)]
    pub(crate) fn push(&mut self, v: Value) {
        if self.stack.len() == self.stack.capacity() {
            self.stack.reserve(self.stack.len().max(256));
        }
        // SAFETY: capacity was ensured just above.
        unsafe {
            let len = self.stack.len();
            std::ptr::write(self.stack.as_mut_ptr().add(len), v);
            self.stack.set_len(len + 1);
        }
    }

    /// The top `n` values, bottom first.
    pub(crate) fn pop_n(&mut self, n: usize) -> Vec<Value> {
        let at = self.stack.len() - n;
        self.stack.split_off(at)
    }
}

#[cold]
#[inline(never)]
pub(super) fn unreachable_stack() -> ! {
    panic!("invariant: the compiler balances the stack")
}
