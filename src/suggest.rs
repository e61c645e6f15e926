//! "Did you mean: 'counter'?" — CPython 3.11's suggestions for NameError
//! and AttributeError, with its Levenshtein costs and candidate lists, so
//! a typo gets the hint python3 would give.

mod cpython_names;

use crate::value::Value;

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

/// The suggestion for an unknown variable: the failing code's varnames,
/// then the module's globals, then the builtins.
/// cpython: suggestions.c offer_suggestions_for_name_error
pub fn for_name(name: &str, varnames: &[&str], globals: &[&str]) -> Option<String> {
    best_match(varnames, name)
        .or_else(|| best_match(globals, name))
        .or_else(|| {
            let builtins: Vec<&str> = cpython_names::BUILTINS.split_ascii_whitespace().collect();
            best_match(&builtins, name)
        })
}

/// The suggestion for an unknown attribute of `obj`: a near name in `dir(obj)`.
pub fn for_attribute(obj: &Value, name: &str) -> Option<String> {
    let dir = dir(obj);
    let refs: Vec<&str> = dir.iter().map(String::as_str).collect();
    best_match(&refs, name)
}

/// `dir(obj)` as CPython lists it, for the types cellar knows.
pub fn dir(obj: &Value) -> Vec<String> {
    let mut names: Vec<String> = match obj {
        Value::Instance(i) => {
            let mut v: Vec<String> = i
                .dict
                .keys()
                .iter()
                .filter_map(|k| k.as_str().map(str::to_string))
                .collect();
            for c in i.class.mro() {
                v.extend(
                    c.dict
                        .keys()
                        .iter()
                        .filter_map(|k| k.as_str().map(str::to_string)),
                );
            }
            v.extend(
                cpython_names::OBJECT
                    .split_ascii_whitespace()
                    .map(str::to_string),
            );
            v
        }
        Value::Module(m) => m
            .dict
            .keys()
            .iter()
            .filter_map(|k| k.as_str().map(str::to_string))
            .collect(),
        Value::Class(c) => {
            let mut v: Vec<String> = Vec::new();
            for k in c.mro() {
                v.extend(
                    k.dict
                        .keys()
                        .iter()
                        .filter_map(|x| x.as_str().map(str::to_string)),
                );
            }
            v.extend(
                cpython_names::OBJECT
                    .split_ascii_whitespace()
                    .map(str::to_string),
            );
            v
        }
        other => cpython_names::dir_of_type(other.builtin_type_name())
            .map(|d| d.split_ascii_whitespace().map(str::to_string).collect())
            .unwrap_or_default(),
    };
    names.sort();
    names.dedup();
    names
}

/// cpython: suggestions.c calculate_suggestions — the closest candidate
/// within a third of the characters; the first one wins a tie.
fn best_match(candidates: &[&str], name: &str) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for &item in candidates {
        if item == name {
            continue;
        }
        let mut max_distance = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max_distance = max_distance.min(d.saturating_sub(1));
        }
        let d = levenshtein(name.as_bytes(), item.as_bytes(), max_distance);
        if d > max_distance {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((item, d));
        }
    }
    best.map(|(s, _)| s.to_string())
}

fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// cpython: suggestions.c levenshtein_distance (one row, early exit).
fn levenshtein<'a>(mut a: &'a [u8], mut b: &'a [u8], max_cost: usize) -> usize {
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = row[ai];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typos_find_their_names() {
        assert_eq!(
            for_name("countr", &[], &["counter"]),
            Some("counter".into())
        );
        assert_eq!(for_name("pritn", &[], &[]), Some("print".into()));
        assert_eq!(for_name("token", &[], &[]), Some("open".into()));
        assert_eq!(for_name("zzzzzz", &[], &[]), None);
    }
}
