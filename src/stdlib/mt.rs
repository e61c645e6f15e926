//! The Mersenne Twister behind `random` (MT19937, as CPython's
//! `_randommodule.c` runs it), plus the seeding helpers: a seed int cut
//! into 32-bit words for `init_by_array`, and SHA-512 for str seeds
//! (`random.seed('text')`, version 2).
//!
//! The state lives in a Python list the `Random` object keeps, so copying
//! or deep-copying a generator copies its state:
//!
//! ```text
//! [mt[0], mt[1], ..., mt[623], index]     625 ints, index 624 = "twist next"
//! ```

use crate::exception::{Exc, PyResult};
use crate::value::{List, Name, Value};
use crate::vm::Vm;
use num_bigint::{BigInt, Sign};

type Kw<'a> = &'a [(Name, Value)];

const N: usize = 624;
const M: usize = 397;

/// The generator's words and position.
struct Mt {
    mt: [u32; N],
    index: usize,
}

impl Mt {
    /// cpython: init_genrand
    fn from_u32(s: u32) -> Mt {
        let mut mt = [0u32; N];
        mt[0] = s;
        for i in 1..N {
            let prev = mt[i - 1];
            mt[i] = 1812433253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        Mt { mt, index: N }
    }

    /// cpython: init_by_array
    fn from_key(key: &[u32]) -> Mt {
        let mut g = Mt::from_u32(19650218);
        let mt = &mut g.mt;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1664525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1566083941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
        g
    }

    /// Regenerates all 624 words. cpython: genrand_uint32 (its first half)
    fn twist(&mut self) {
        let mag01 = [0u32, 0x9908_b0df];
        for k in 0..N {
            let y = (self.mt[k] & 0x8000_0000) | (self.mt[(k + 1) % N] & 0x7fff_ffff);
            self.mt[k] = self.mt[(k + M) % N] ^ (y >> 1) ^ mag01[(y & 1) as usize];
        }
        self.index = 0;
    }
}

/// Draws straight from a state list: a draw reads one word and moves the
/// index; only a twist (every 624 words) rewrites the words.
struct Draw<'a> {
    items: std::cell::RefMut<'a, Vec<Value>>,
}

impl<'a> Draw<'a> {
    fn new(list: &'a List) -> PyResult<Draw<'a>> {
        let items = list
            .items
            .try_borrow_mut()
            .map_err(|_| Exc::runtime_error("random state in use"))?;
        if items.len() != N + 1 {
            return Err(bad_state());
        }
        Ok(Draw { items })
    }

    fn word(&self, i: usize) -> PyResult<u32> {
        match self.items[i] {
            Value::Int(w) if (0..=u32::MAX as i64).contains(&w) => Ok(w as u32),
            _ => Err(bad_state()),
        }
    }

    /// The next 32 random bits (tempered). cpython: genrand_uint32
    fn next_u32(&mut self) -> PyResult<u32> {
        let mut index = self.word(N)? as usize;
        if index >= N {
            self.twist()?;
            index = 0;
        }
        let mut y = self.word(index)?;
        self.items[N] = Value::Int(index as i64 + 1);
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        Ok(y ^ (y >> 18))
    }

    fn twist(&mut self) -> PyResult<()> {
        let mut g = Mt {
            mt: [0u32; N],
            index: N,
        };
        for i in 0..N {
            g.mt[i] = self.word(i)?;
        }
        g.twist();
        store_into(&mut self.items, &g);
        Ok(())
    }

    /// A float in [0, 1) with 53 random bits. cpython: random_random
    fn random(&mut self) -> PyResult<f64> {
        let a = (self.next_u32()? >> 5) as f64;
        let b = (self.next_u32()? >> 6) as f64;
        Ok((a * 67108864.0 + b) * (1.0 / 9007199254740992.0))
    }

    /// `k` random bits as an int, least significant word first.
    /// cpython: _random_Random_getrandbits_impl
    fn getrandbits(&mut self, k: u64) -> PyResult<BigInt> {
        if k <= 32 {
            return Ok(BigInt::from(self.next_u32()? >> (32 - k)));
        }
        let mut words = Vec::with_capacity(k.div_ceil(32) as usize);
        let mut left = k;
        while left > 0 {
            let r = self.next_u32()?;
            words.push(if left < 32 { r >> (32 - left) } else { r });
            left = left.saturating_sub(32);
        }
        Ok(BigInt::from_slice(Sign::Plus, &words))
    }
}

fn bad_state() -> Exc {
    Exc::type_error("random state must be a list of 625 ints")
}

fn store_into(items: &mut Vec<Value>, g: &Mt) {
    items.clear();
    items.extend(g.mt.iter().map(|w| Value::Int(*w as i64)));
    items.push(Value::Int(g.index as i64));
}

/// The state list argument of a helper.
fn state_arg(args: &[Value]) -> PyResult<&List> {
    match args.first() {
        Some(Value::List(l)) => Ok(l),
        _ => Err(Exc::type_error("expected the generator's state list")),
    }
}

/// `_mt_seed(state, n)`: seeds from abs(n), cut into 32-bit words, least
/// significant first (at least one word). cpython: random_seed
pub(super) fn seed(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let list = state_arg(args)?;
    let n = match args.get(1) {
        Some(Value::Int(i)) => BigInt::from(*i),
        Some(Value::BigInt(b)) => (**b).clone(),
        Some(Value::Bool(b)) => BigInt::from(*b as i64),
        _ => return Err(Exc::type_error("seed must be an int")),
    };
    let mut key = n.magnitude().to_u32_digits();
    if key.is_empty() {
        key.push(0);
    }
    let mut items = list.items.borrow_mut();
    store_into(&mut items, &Mt::from_key(&key));
    Ok(Value::None)
}

/// `_mt_new()`: a state list (seeded with 0; `Random.__init__` reseeds).
pub(super) fn new_state(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    let mut items = Vec::with_capacity(N + 1);
    store_into(&mut items, &Mt::from_key(&[0]));
    Ok(Value::list(items))
}

/// `_mt_random(state)`: the next float in [0, 1).
pub(super) fn random(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let mut draw = Draw::new(state_arg(args)?)?;
    Ok(Value::Float(draw.random()?))
}

/// `_mt_getrandbits(state, k)`: an int of `k` random bits.
pub(super) fn getrandbits(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let list = state_arg(args)?;
    let k = match args.get(1) {
        Some(Value::Int(k)) => *k,
        Some(Value::Bool(b)) => *b as i64,
        Some(Value::BigInt(_)) => {
            return Err(Exc::overflow_error(
                "Python int too large to convert to C int",
            ));
        }
        Some(other) => {
            return Err(Exc::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )));
        }
        None => {
            return Err(Exc::type_error(
                "getrandbits() takes exactly one argument (0 given)",
            ));
        }
    };
    if k < 0 {
        return Err(Exc::value_error("number of bits must be non-negative"));
    }
    if k > i32::MAX as i64 {
        return Err(Exc::overflow_error(
            "Python int too large to convert to C int",
        ));
    }
    if k > 1 << 28 {
        return Err(Exc::memory_error());
    }
    if k == 0 {
        return Ok(Value::Int(0));
    }
    let mut draw = Draw::new(list)?;
    Ok(Value::from_bigint(draw.getrandbits(k as u64)?))
}

/// `_sha512_seed(s)`: CPython's version-2 seed of a str,
/// `int.from_bytes(b + sha512(b).digest(), 'big')` with `b = s.encode()`.
pub(super) fn sha512_seed(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let Some(Value::Str(s)) = args.first() else {
        return Err(Exc::type_error("_sha512_seed(str)"));
    };
    let mut bytes = s.as_str().as_bytes().to_vec();
    bytes.extend_from_slice(&super::sha512::digest(s.as_str().as_bytes()));
    Ok(Value::from_bigint(BigInt::from_bytes_be(
        Sign::Plus,
        &bytes,
    )))
}

/// `_entropy()`: a seed from the clock, for `random.seed()` without an
/// argument (CPython reads the OS's random source; the sandbox has none).
pub(super) fn entropy(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let mixed = nanos ^ ((std::process::id() as u128) << 64);
    Ok(Value::from_bigint(BigInt::from(mixed)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reference output of mt19937ar.c for init_by_array({0x123,
    /// 0x234, 0x345, 0x456}).
    #[test]
    fn matches_reference_generator() {
        let mut items = Vec::new();
        store_into(&mut items, &Mt::from_key(&[0x123, 0x234, 0x345, 0x456]));
        let list = List {
            items: std::cell::RefCell::new(items),
            gc: Default::default(),
        };
        let Ok(mut draw) = Draw::new(&list) else {
            panic!("a fresh state is a valid state");
        };
        let first: Vec<u32> = (0..3).map(|_| draw.next_u32().unwrap_or(0)).collect();
        assert_eq!(first, vec![1067595299, 955945823, 477289528]);
    }
}
