//! Where the REPL's history lives and what one entry is. The file is in
//! the XDG state directory (`$XDG_STATE_HOME/cellar/history`, by default
//! `~/.local/state/cellar/history`); a whole input, block included, is one
//! entry. Every failure to read or write it is ignored: history is a
//! convenience that must never stop a session.

use std::ffi::OsString;
use std::path::PathBuf;

/// The history file for this user, if a home or state directory is known.
pub fn path() -> Option<PathBuf> {
    path_from(std::env::var_os("XDG_STATE_HOME"), std::env::var_os("HOME"))
}

/// The history file given `$XDG_STATE_HOME` and `$HOME`; a relative
/// `XDG_STATE_HOME` is ignored, as the XDG spec says.
pub fn path_from(state_home: Option<OsString>, home: Option<OsString>) -> Option<PathBuf> {
    let state = state_home
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| {
            let home = PathBuf::from(home?);
            home.is_absolute()
                .then(|| home.join(".local").join("state"))
        })?;
    Some(state.join("cellar").join("history"))
}

/// The history entry for a complete input as typed (each line ending in
/// `\n`): its lines joined, the blank line that closed a block kept so
/// that recalling the entry and pressing Enter runs it again.
pub fn entry(typed: &str) -> Option<String> {
    let entry = typed.strip_suffix('\n').unwrap_or(typed);
    let entry = entry.trim_end_matches([' ', '\t']);
    (!entry.trim().is_empty()).then(|| entry.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn state_dir_then_home() {
        let p = path_from(Some("/s".into()), Some("/h".into()));
        assert_eq!(p, Some(PathBuf::from("/s/cellar/history")));
        let p = path_from(Some("rel".into()), Some("/h".into()));
        assert_eq!(p, Some(PathBuf::from("/h/.local/state/cellar/history")));
        assert_eq!(path_from(None, None), None);
    }

    #[test]
    fn block_is_one_entry() {
        assert_eq!(
            entry("def f():\n    return 1\n\n").as_deref(),
            Some("def f():\n    return 1\n")
        );
        assert_eq!(entry("x = 1\n").as_deref(), Some("x = 1"));
        assert_eq!(
            entry("if x:\n    y\n    \n").as_deref(),
            Some("if x:\n    y\n")
        );
        assert_eq!(entry("\n"), None);
    }
}
