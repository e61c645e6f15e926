//! cmath's functions on complex values, each CPython 3.11's algorithm
//! (cpython: Modules/cmathmodule.c) over the platform's libm, so results
//! match bit for bit. Each returns its value and C's `errno`: `Dom` is
//! ValueError("math domain error"), `Range` OverflowError("math range
//! error"). Infinite and NaN arguments go to the tables in `special.rs`.

use super::special::{self, Table};
use crate::value::complex::Complex;
use std::f64::consts::{E, FRAC_PI_2, LN_2, LN_10};

/// C's errno after a function.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Errno {
    Ok,
    Dom,
    Range,
}

/// A result and its errno.
pub type Out = (Complex, Errno);

/// A cell of a special-value table.
#[derive(Clone, Copy)]
pub enum Special {
    /// The result.
    V(f64, f64),
    /// ValueError: math domain error.
    Dom,
    /// Never consulted.
    U,
}

pub use Special::{Dom, U, V};

// libm's inverse hyperbolic sine; Rust's f64::asinh is its own formula.
unsafe extern "C" {
    #[link_name = "asinh"]
    safe fn libm_asinh(x: f64) -> f64;
}

/// cpython: CM_LARGE_DOUBLE and friends, the thresholds past which the
/// formulas would overflow.
const LARGE: f64 = f64::MAX / 4.0;
const DBL_MIN: f64 = f64::MIN_POSITIVE;
/// 2 * (DBL_MANT_DIG / 2) + 1: scaling a subnormal by 2**53 makes it normal.
const SCALE_UP: i32 = 53;
const SCALE_DOWN: i32 = -(SCALE_UP + 1) / 2;

fn sqrt_large() -> f64 {
    LARGE.sqrt()
}

fn log_large() -> f64 {
    LARGE.ln()
}

/// `x * 2**e`, exact (both scales stay inside the normal range).
fn ldexp(x: f64, e: i32) -> f64 {
    x * 2f64.powi(e)
}

/// The class of a double, as the tables index it.
fn class(x: f64) -> usize {
    let negative = x.is_sign_negative();
    if x.is_nan() {
        6
    } else if x.is_infinite() {
        if negative { 0 } else { 5 }
    } else if x == 0.0 {
        if negative { 2 } else { 3 }
    } else if negative {
        1
    } else {
        4
    }
}

/// The table's answer for a non-finite `z`; None when `z` is finite.
/// cpython: SPECIAL_VALUE
fn special(z: Complex, table: &Table) -> Option<Out> {
    if z.re.is_finite() && z.im.is_finite() {
        return None;
    }
    Some(lookup(z, table))
}

fn lookup(z: Complex, table: &Table) -> Out {
    match table[class(z.re)][class(z.im)] {
        V(re, im) => (Complex::new(re, im), Errno::Ok),
        Dom => (Complex::new(f64::NAN, f64::NAN), Errno::Dom),
        U => (Complex::new(f64::NAN, f64::NAN), Errno::Ok),
    }
}

/// `-i f(iz)`: how sin, tan, asin and atan come from the hyperbolic ones.
fn rotated(z: Complex, f: fn(Complex) -> Out) -> Out {
    let (s, e) = f(Complex::new(-z.im, z.re));
    (Complex::new(s.im, -s.re), e)
}

pub fn sqrt(z: Complex) -> Out {
    if let Some(r) = special(z, &special::SQRT) {
        return r;
    }
    if z.is_zero() {
        return (Complex::new(0.0, z.im), Errno::Ok);
    }
    let (mut ax, ay) = (z.re.abs(), z.im.abs());
    let s = if ax < DBL_MIN && ay < DBL_MIN {
        // hypot of two subnormals would be subnormal: scale up first
        ax = ldexp(ax, SCALE_UP);
        ldexp((ax + ax.hypot(ldexp(ay, SCALE_UP))).sqrt(), SCALE_DOWN)
    } else {
        ax /= 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    let r = if z.re >= 0.0 {
        Complex::new(s, d.copysign(z.im))
    } else {
        Complex::new(d, s.copysign(z.im))
    };
    (r, Errno::Ok)
}

/// cpython: c_log, with care near |z| = 1 and for tiny and huge |z|.
pub fn log(z: Complex) -> Out {
    if let Some(r) = special(z, &special::LOG) {
        return r;
    }
    let (ax, ay) = (z.re.abs(), z.im.abs());
    let re = if ax > LARGE || ay > LARGE {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN_2
    } else if ax < DBL_MIN && ay < DBL_MIN {
        if ax == 0.0 && ay == 0.0 {
            let r = Complex::new(f64::NEG_INFINITY, z.im.atan2(z.re));
            return (r, Errno::Dom);
        }
        let h = ldexp(ax, 53).hypot(ldexp(ay, 53));
        h.ln() - 53.0 * LN_2
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    (Complex::new(re, z.im.atan2(z.re)), Errno::Ok)
}

pub fn log10(z: Complex) -> Out {
    let (r, e) = log(z);
    (Complex::new(r.re / LN_10, r.im / LN_10), e)
}

pub fn exp(z: Complex) -> Out {
    if !z.re.is_finite() || !z.im.is_finite() {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            let scale = if z.re > 0.0 { f64::INFINITY } else { 0.0 };
            Complex::new(scale.copysign(z.im.cos()), scale.copysign(z.im.sin()))
        } else {
            lookup(z, &special::EXP).0
        };
        let dom = z.im.is_infinite() && (z.re.is_finite() || z.re == f64::INFINITY);
        return (r, if dom { Errno::Dom } else { Errno::Ok });
    }
    let r = if z.re > log_large() {
        let l = (z.re - 1.0).exp();
        Complex::new(l * z.im.cos() * E, l * z.im.sin() * E)
    } else {
        let l = z.re.exp();
        Complex::new(l * z.im.cos(), l * z.im.sin())
    };
    overflow_check(r)
}

/// ERANGE when a part overflowed to infinity.
fn overflow_check(r: Complex) -> Out {
    let e = if r.re.is_infinite() || r.im.is_infinite() {
        Errno::Range
    } else {
        Errno::Ok
    };
    (r, e)
}

/// cosh(±inf + iy) for finite nonzero y, as cosh and sinh share it:
/// infinities with the signs of cos y and sin y.
fn infinite_real(z: Complex, flip_re: bool, flip_im: bool) -> Complex {
    let negative = z.re < 0.0;
    let re = f64::INFINITY.copysign(z.im.cos());
    let im = f64::INFINITY.copysign(z.im.sin());
    Complex::new(
        if negative && flip_re { -re } else { re },
        if negative && flip_im { -im } else { im },
    )
}

pub fn cosh(z: Complex) -> Out {
    if !z.re.is_finite() || !z.im.is_finite() {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            infinite_real(z, false, true)
        } else {
            lookup(z, &special::COSH).0
        };
        let dom = z.im.is_infinite() && !z.re.is_nan();
        return (r, if dom { Errno::Dom } else { Errno::Ok });
    }
    let r = if z.re.abs() > log_large() {
        let x = z.re - 1f64.copysign(z.re);
        Complex::new(z.im.cos() * x.cosh() * E, z.im.sin() * x.sinh() * E)
    } else {
        Complex::new(z.im.cos() * z.re.cosh(), z.im.sin() * z.re.sinh())
    };
    overflow_check(r)
}

pub fn sinh(z: Complex) -> Out {
    if !z.re.is_finite() || !z.im.is_finite() {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            infinite_real(z, true, false)
        } else {
            lookup(z, &special::SINH).0
        };
        let dom = z.im.is_infinite() && !z.re.is_nan();
        return (r, if dom { Errno::Dom } else { Errno::Ok });
    }
    let r = if z.re.abs() > log_large() {
        let x = z.re - 1f64.copysign(z.re);
        Complex::new(z.im.cos() * x.sinh() * E, z.im.sin() * x.cosh() * E)
    } else {
        Complex::new(z.im.cos() * z.re.sinh(), z.im.sin() * z.re.cosh())
    };
    overflow_check(r)
}

pub fn tanh(z: Complex) -> Out {
    if !z.re.is_finite() || !z.im.is_finite() {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            let im = 0f64.copysign(2.0 * z.im.sin() * z.im.cos());
            Complex::new(if z.re > 0.0 { 1.0 } else { -1.0 }, im)
        } else {
            lookup(z, &special::TANH).0
        };
        let dom = z.im.is_infinite() && z.re.is_finite();
        return (r, if dom { Errno::Dom } else { Errno::Ok });
    }
    if z.re.abs() > log_large() {
        let im = 4.0 * z.im.sin() * z.im.cos() * (-2.0 * z.re.abs()).exp();
        return (Complex::new(1f64.copysign(z.re), im), Errno::Ok);
    }
    let (tx, ty) = (z.re.tanh(), z.im.tan());
    let cx = 1.0 / z.re.cosh();
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    let r = Complex::new(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx);
    (r, Errno::Ok)
}

pub fn cos(z: Complex) -> Out {
    cosh(Complex::new(-z.im, z.re))
}

pub fn sin(z: Complex) -> Out {
    rotated(z, sinh)
}

pub fn tan(z: Complex) -> Out {
    rotated(z, tanh)
}

pub fn asin(z: Complex) -> Out {
    rotated(z, asinh)
}

pub fn atan(z: Complex) -> Out {
    rotated(z, atanh)
}

/// log(|z|/2) + 2 log 2 without overflow, for huge arguments.
fn log_half_hypot(z: Complex) -> f64 {
    (z.re / 2.0).hypot(z.im / 2.0).ln() + LN_2 * 2.0
}

pub fn acos(z: Complex) -> Out {
    if let Some(r) = special(z, &special::ACOS) {
        return r;
    }
    let r = if z.re.abs() > LARGE || z.im.abs() > LARGE {
        Complex::new(z.im.abs().atan2(z.re), -log_half_hypot(z).copysign(z.im))
    } else {
        let s1 = sqrt(Complex::new(1.0 - z.re, -z.im)).0;
        let s2 = sqrt(Complex::new(1.0 + z.re, z.im)).0;
        Complex::new(
            2.0 * s1.re.atan2(s2.re),
            libm_asinh(s2.re * s1.im - s2.im * s1.re),
        )
    };
    (r, Errno::Ok)
}

pub fn acosh(z: Complex) -> Out {
    if let Some(r) = special(z, &special::ACOSH) {
        return r;
    }
    let r = if z.re.abs() > LARGE || z.im.abs() > LARGE {
        Complex::new(log_half_hypot(z), z.im.atan2(z.re))
    } else {
        let s1 = sqrt(Complex::new(z.re - 1.0, z.im)).0;
        let s2 = sqrt(Complex::new(z.re + 1.0, z.im)).0;
        Complex::new(
            libm_asinh(s1.re * s2.re + s1.im * s2.im),
            2.0 * s1.im.atan2(s2.re),
        )
    };
    (r, Errno::Ok)
}

pub fn asinh(z: Complex) -> Out {
    if let Some(r) = special(z, &special::ASINH) {
        return r;
    }
    let r = if z.re.abs() > LARGE || z.im.abs() > LARGE {
        let re = if z.im >= 0.0 {
            log_half_hypot(z).copysign(z.re)
        } else {
            -log_half_hypot(z).copysign(-z.re)
        };
        Complex::new(re, z.im.atan2(z.re.abs()))
    } else {
        let s1 = sqrt(Complex::new(1.0 + z.im, -z.re)).0;
        let s2 = sqrt(Complex::new(1.0 - z.im, z.re)).0;
        Complex::new(
            libm_asinh(s1.re * s2.im - s2.re * s1.im),
            z.im.atan2(s1.re * s2.re - s1.im * s2.im),
        )
    };
    (r, Errno::Ok)
}

pub fn atanh(z: Complex) -> Out {
    if let Some(r) = special(z, &special::ATANH) {
        return r;
    }
    if z.re < 0.0 {
        let (r, e) = atanh(z.c_neg());
        return (r.c_neg(), e);
    }
    let ay = z.im.abs();
    if z.re > sqrt_large() || ay > sqrt_large() {
        // |z| large: atanh(z) ~ 1/z ± i pi/2
        let h = (z.re / 2.0).hypot(z.im / 2.0);
        let r = Complex::new(z.re / 4.0 / h / h, FRAC_PI_2.copysign(z.im));
        return (r, Errno::Ok);
    }
    if z.re == 1.0 && ay < DBL_MIN.sqrt() {
        if ay == 0.0 {
            return (Complex::new(f64::INFINITY, z.im), Errno::Dom);
        }
        let re = -(ay.sqrt() / ay.hypot(2.0).sqrt()).ln();
        return (
            Complex::new(re, (2f64.atan2(-ay) / 2.0).copysign(z.im)),
            Errno::Ok,
        );
    }
    let re = (4.0 * z.re / ((1.0 - z.re) * (1.0 - z.re) + ay * ay)).ln_1p() / 4.0;
    let im = -(-2.0 * z.im).atan2((1.0 - z.re) * (1.0 + z.re) - ay * ay) / 2.0;
    (Complex::new(re, im), Errno::Ok)
}

/// `rect(r, phi)`, C99's spirit for special values. cpython: cmath_rect_impl
pub fn rect(r: f64, phi: f64) -> Out {
    if !r.is_finite() || !phi.is_finite() {
        let z = if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            let re = f64::INFINITY.copysign(phi.cos());
            let im = f64::INFINITY.copysign(phi.sin());
            if r > 0.0 {
                Complex::new(re, im)
            } else {
                Complex::new(-re, -im)
            }
        } else {
            lookup(Complex::new(r, phi), &special::RECT).0
        };
        let dom = r != 0.0 && !r.is_nan() && phi.is_infinite();
        return (z, if dom { Errno::Dom } else { Errno::Ok });
    }
    if phi == 0.0 {
        return (Complex::new(r, r * phi), Errno::Ok);
    }
    (Complex::new(r * phi.cos(), r * phi.sin()), Errno::Ok)
}
