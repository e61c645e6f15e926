//! Tab completion: names in scope (globals, builtins, keywords), attributes
//! after `.`, and `:` commands. A dotted prefix is resolved by looking
//! names up in dictionaries only (globals, instance and class namespaces,
//! modules): completing never calls Python code, so it has no side effects.

use crate::value::Value;
use crate::vm::Globals;

/// What Tab on an empty (or all-blank) line inserts: one indentation step.
pub const INDENT: &str = "    ";

/// The part all `candidates` start with; None if there is none (or no
/// candidate).
pub fn common_prefix(candidates: &[String]) -> Option<String> {
    let first = candidates.first()?;
    let mut end = first.len();
    for other in &candidates[1..] {
        end = first[..end]
            .char_indices()
            .zip(other.chars())
            .find(|((_, a), b)| a != b)
            .map_or(end.min(other.len()), |((i, _), _)| i);
    }
    (end > 0).then(|| first[..end].to_string())
}

/// The completions of the word before `pos` in `line`: where the word
/// starts, and the sorted candidates that would replace it.
pub fn candidates(globals: &Globals, line: &str, pos: usize) -> (usize, Vec<String>) {
    let before = &line[..pos];
    if before.trim().is_empty() {
        return (pos, vec![INDENT.to_string()]);
    }
    let trimmed = before.trim_start();
    if trimmed.starts_with(':') && !trimmed.contains(char::is_whitespace) {
        return (pos - trimmed.len(), commands(trimmed));
    }
    let start = before
        .rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.'))
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &before[start..];
    match word.rsplit_once('.') {
        Some((chain, partial)) => (pos - partial.len(), attributes(globals, chain, partial)),
        None => (start, names(globals, word)),
    }
}

/// `:` commands starting with `typed` (which includes the colon).
fn commands(typed: &str) -> Vec<String> {
    super::commands::COMMANDS
        .iter()
        .map(|name| format!(":{name}"))
        .filter(|c| c.starts_with(typed))
        .collect()
}

/// Globals, builtins and keywords starting with `partial`.
fn names(globals: &Globals, partial: &str) -> Vec<String> {
    let mut all: Vec<String> = globals
        .items()
        .into_iter()
        .map(|(n, _)| n.to_string())
        .collect();
    all.extend(crate::builtins::names().into_iter().map(str::to_string));
    all.extend(KEYWORDS.iter().map(|k| k.to_string()));
    filter(all, partial)
}

/// Keywords offered as completions (those that start a statement or an
/// expression, as CPython's rlcompleter offers them).
const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "assert", "break", "class", "continue", "def", "del", "elif",
    "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
    "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "yield",
];

/// Attributes of the value `chain` names (`a.b.c`), starting with `partial`.
fn attributes(globals: &Globals, chain: &str, partial: &str) -> Vec<String> {
    let Some(value) = resolve(globals, chain) else {
        return Vec::new();
    };
    filter(crate::suggest::dir(&value), partial)
}

/// The value of a plain dotted name, found without running any code.
pub fn resolve(globals: &Globals, chain: &str) -> Option<Value> {
    if !chain.split('.').all(is_identifier) {
        return None;
    }
    let mut parts = chain.split('.');
    let first = parts.next()?;
    let global = globals.items().into_iter().find(|(n, _)| &**n == first);
    let mut value = global
        .map(|(_, v)| v)
        .or_else(|| crate::builtins::lookup(first))?;
    for attr in parts {
        value = namespace_lookup(&value, attr)?;
    }
    Some(value)
}

fn is_identifier(s: &str) -> bool {
    s.chars()
        .next()
        .is_some_and(|c| c.is_alphabetic() || c == '_')
}

/// An attribute stored in a namespace (instance, class, module), or a
/// function's `__code__`; None for anything else, whose value would need
/// code to run.
fn namespace_lookup(value: &Value, attr: &str) -> Option<Value> {
    match value {
        Value::Instance(i) => i.dict.get_str(attr).or_else(|| i.class.lookup(attr)),
        Value::Class(c) => c.lookup(attr),
        Value::Module(m) => m.get(attr),
        Value::Function(f) if attr == "__code__" => Some(Value::Code(f.code.clone())),
        _ => None,
    }
}

/// The names starting with `partial`, sorted, without duplicates; names
/// starting with `_` only when `partial` does (as rlcompleter).
fn filter(mut names: Vec<String>, partial: &str) -> Vec<String> {
    names.retain(|n| n.starts_with(partial) && (partial.starts_with('_') || !n.starts_with('_')));
    names.sort();
    names.dedup();
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_prefix_of_candidates() {
        let c = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            common_prefix(&c(&["alpha_one", "alpha_two"])).as_deref(),
            Some("alpha_")
        );
        assert_eq!(common_prefix(&c(&["ab", "a"])).as_deref(), Some("a"));
        assert_eq!(common_prefix(&c(&["éa", "éb"])).as_deref(), Some("é"));
        assert_eq!(common_prefix(&c(&["x", "y"])), None);
        assert_eq!(common_prefix(&[]), None);
    }

    fn globals() -> std::rc::Rc<Globals> {
        let g = Globals::new_main();
        g.set_by_name("counter", Value::Int(1));
        g.set_by_name("count_down", Value::Int(2));
        g
    }

    #[test]
    fn names_in_scope_and_builtins() {
        let g = globals();
        assert_eq!(
            candidates(&g, "x = cou", 7),
            (4, vec!["count_down".into(), "counter".into()])
        );
        let (start, found) = candidates(&g, "pri", 3);
        assert_eq!((start, found), (0, vec!["print".to_string()]));
    }

    #[test]
    fn commands_after_a_colon() {
        let g = globals();
        assert_eq!(candidates(&g, ":clo", 4), (0, vec![":closure".to_string()]));
        assert_eq!(candidates(&g, ":cl", 3).1, [":closure", ":clear"]);
        assert_eq!(candidates(&g, ":closure cou", 12).0, 9);
    }

    #[test]
    fn blank_line_indents() {
        let g = globals();
        assert_eq!(candidates(&g, "  ", 2), (2, vec![INDENT.to_string()]));
    }

    #[test]
    fn attributes_of_a_function_and_its_code() {
        let (mut session, _) = crate::repl::Session::captured();
        session.feed_line("def f(): pass");
        session.feed_line("");
        let g = &session.vm().globals;
        assert!(
            candidates(g, "f.__clo", 7)
                .1
                .contains(&"__closure__".to_string())
        );
        let (_, found) = candidates(g, "f.__code__.co_fre", 17);
        assert_eq!(found, vec!["co_freevars".to_string()]);
    }

    #[test]
    fn attributes_of_unknown_names_are_none() {
        let g = globals();
        assert_eq!(candidates(&g, "nothing.x", 9), (8, vec![]));
        assert_eq!(candidates(&g, "f().x", 5), (4, vec![]));
    }
}
