//! Big-int arithmetic that takes long (products and powers of huge ints,
//! long divisions) runs on a helper thread while the VM's thread waits and
//! polls Ctrl-C and the memory budget, so `10**10**8` can be interrupted.
//!
//! ```text
//!     VM thread:  clone operands ─▶ spawn ─▶ wait 20 ms ─▶ poll ─▶ wait ... ─▶ result
//!     helper:                         x * y ──────────────────────────────▶ send
//! ```
//!
//! An interrupted helper finishes on its own and drops its result.

use super::Vm;
use crate::ast::BinOp;
use crate::exception::{Exc, PyResult};
use crate::value::Value;
use crate::value::int::{normalize, result_fits};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::sync::mpsc;
use std::time::Duration;

/// Operand sizes (bits × bits) past which a product or a division leaves
/// the VM's thread: about a millisecond of work.
const HEAVY_WORK: u64 = 1 << 36;
/// Result size (bits) past which a power leaves it.
const HEAVY_POWER_BITS: u64 = 1 << 20;

impl Vm {
    /// `a op b` on a helper thread when both are ints and the work is
    /// long; None when the usual path should do it (small work, errors).
    pub(crate) fn heavy_int_op(
        &mut self,
        op: BinOp,
        a: &Value,
        b: &Value,
    ) -> Option<PyResult<Value>> {
        let small = !matches!(a, Value::BigInt(_)) && !matches!(b, Value::BigInt(_));
        if small && (op != BinOp::Pow || !matches!(b, Value::Int(e) if *e > 64)) {
            return None;
        }
        if !crate::value::int::is_int(a) || !crate::value::int::is_int(b) {
            return None;
        }
        let (x, y) = (
            crate::value::int::to_bigint(a),
            crate::value::int::to_bigint(b),
        );
        if let Err(e) = plan(op, &x, &y)? {
            return Some(Err(e));
        }
        Some(self.wait_for(move || compute(op, &x, &y)))
    }

    /// Runs `work` on a helper thread, polling Ctrl-C while it runs.
    fn wait_for(&mut self, work: impl FnOnce() -> BigInt + Send + 'static) -> PyResult<Value> {
        let (tx, rx) = mpsc::channel();
        let spawned = std::thread::Builder::new().spawn(move || {
            let _ = tx.send(work());
        });
        if spawned.is_err() {
            return Err(Exc::memory_error());
        }
        loop {
            match rx.recv_timeout(Duration::from_millis(20)) {
                Ok(r) => return Ok(normalize(r)),
                Err(mpsc::RecvTimeoutError::Timeout) => self.check_interrupt()?,
                Err(mpsc::RecvTimeoutError::Disconnected) => return Err(Exc::memory_error()),
            }
        }
    }
}

/// None when `x op y` is quick (or an error the usual path reports);
/// otherwise whether its result fits the memory budget.
fn plan(op: BinOp, x: &BigInt, y: &BigInt) -> Option<PyResult<()>> {
    let (xb, yb) = (x.bits(), y.bits());
    let fits = match op {
        BinOp::Mult if xb.saturating_mul(yb) > HEAVY_WORK => result_fits(xb + yb),
        BinOp::FloorDiv | BinOp::Mod
            if !y.is_zero() && xb.saturating_mul(yb) > HEAVY_WORK && xb >= yb =>
        {
            Ok(())
        }
        BinOp::Pow if !y.is_negative() && x.abs() > BigInt::from(1) => {
            let e = y.to_u64()?;
            let bits = e.saturating_mul(xb);
            if bits <= HEAVY_POWER_BITS {
                return None;
            }
            result_fits(bits)
        }
        _ => return None,
    };
    Some(fits)
}

/// The work itself, on the helper thread.
fn compute(op: BinOp, x: &BigInt, y: &BigInt) -> BigInt {
    match op {
        BinOp::Mult => x * y,
        BinOp::FloorDiv => x.div_floor(y),
        BinOp::Mod => x.mod_floor(y),
        BinOp::Pow => match y.to_u64() {
            Some(e) => num_traits::pow::Pow::pow(x, e),
            None => BigInt::zero(),
        },
        _ => BigInt::zero(),
    }
}
