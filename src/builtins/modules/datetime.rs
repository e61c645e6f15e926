//! `datetime`: enough of the module for timestamps in examples —
//! `datetime.datetime.now()`, its fields, `strftime`, `isoformat` — in UTC
//! (cellar's sandbox has no time-zone database).

use super::super::Module;
use super::super::methods::native::{native_class, new_instance};
use crate::exception::{Exc, PyResult};
use crate::value::{Class, Name, Value};
use crate::vm::Vm;
use std::rc::Rc;
use std::time::{SystemTime, UNIX_EPOCH};

thread_local! {
    static DATETIME: Rc<Class> = native_class("datetime", "datetime", &[
        ("now", now), ("strftime", strftime), ("isoformat", isoformat), ("__str__", isoformat_space), ("__repr__", repr),
    ]);
}

pub(super) fn module(m: &Module) {
    m.set("datetime", Value::Class(DATETIME.with(|c| c.clone())));
}

const FIELDS: [&str; 7] = [
    "year",
    "month",
    "day",
    "hour",
    "minute",
    "second",
    "microsecond",
];

/// `datetime.now()`: the current UTC time.
fn now(_: &mut Vm, _: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    let d = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    let secs = d.as_secs() as i64;
    let (y, mo, day) = civil_from_days(secs.div_euclid(86_400));
    let t = secs.rem_euclid(86_400);
    let values = [
        y,
        mo,
        day,
        t / 3600,
        t % 3600 / 60,
        t % 60,
        d.subsec_micros() as i64,
    ];
    let attrs: Vec<(&str, Value)> = FIELDS
        .iter()
        .zip(values)
        .map(|(k, v)| (*k, Value::Int(v)))
        .collect();
    Ok(DATETIME.with(|c| new_instance(c, &attrs)))
}

/// Days since 1970-01-01 → (year, month, day). (Howard Hinnant's algorithm.)
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + (m <= 2) as i64, m, d)
}

fn fields(args: &[Value]) -> PyResult<[i64; 7]> {
    let Some(Value::Instance(i)) = args.first() else {
        return Err(Exc::type_error(
            "descriptor needs a 'datetime.datetime' object",
        ));
    };
    let mut out = [0; 7];
    for (slot, k) in out.iter_mut().zip(FIELDS) {
        if let Some(Value::Int(v)) = i.dict.get_str(k) {
            *slot = v;
        }
    }
    Ok(out)
}

/// `dt.strftime(fmt)` for %Y %m %d %H %M %S %f %y %%.
fn strftime(_: &mut Vm, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    let [y, mo, d, h, mi, s, us] = fields(args)?;
    let Some(Value::Str(fmt)) = args.get(1) else {
        return Err(Exc::type_error("strftime() argument 1 must be str"));
    };
    let mut out = String::new();
    let mut chars = fmt.as_str().chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('Y') => out.push_str(&format!("{y:04}")),
            Some('y') => out.push_str(&format!("{:02}", y % 100)),
            Some('m') => out.push_str(&format!("{mo:02}")),
            Some('d') => out.push_str(&format!("{d:02}")),
            Some('H') => out.push_str(&format!("{h:02}")),
            Some('M') => out.push_str(&format!("{mi:02}")),
            Some('S') => out.push_str(&format!("{s:02}")),
            Some('f') => out.push_str(&format!("{us:06}")),
            Some('%') => out.push('%'),
            Some(other) => {
                out.push('%');
                out.push(other);
            }
            None => out.push('%'),
        }
    }
    Ok(Value::str(out))
}

fn iso(args: &[Value], sep: char) -> PyResult<String> {
    let [y, mo, d, h, mi, s, us] = fields(args)?;
    let frac = if us != 0 {
        format!(".{us:06}")
    } else {
        String::new()
    };
    Ok(format!(
        "{y:04}-{mo:02}-{d:02}{sep}{h:02}:{mi:02}:{s:02}{frac}"
    ))
}

fn isoformat(_: &mut Vm, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::str(iso(args, 'T')?))
}

fn isoformat_space(_: &mut Vm, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::str(iso(args, ' ')?))
}

fn repr(_: &mut Vm, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    let [y, mo, d, h, mi, s, us] = fields(args)?;
    Ok(Value::str(format!(
        "datetime.datetime({y}, {mo}, {d}, {h}, {mi}, {s}, {us})"
    )))
}
