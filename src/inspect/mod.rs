//! The inspection commands of the REPL: `:closure`, `:freevars`, `:cells`,
//! `:dis`, `:scope`, `:explain` — rendered from the VM's real cells,
//! functions and code objects, and the symbol table's real decisions.

use crate::repl::Session;

/// Runs inspection command `name` (without its colon) with argument text
/// `arg`; None when `name` is not an inspection command. Ok is the text to
/// print, Err a one-line message for the user.
pub fn command(session: &mut Session, name: &str, arg: &str) -> Option<Result<String, String>> {
    let _ = (session, arg);
    match name {
        "closure" | "freevars" | "cells" | "dis" | "scope" | "explain" => {
            Some(Err(format!(":{name} is not available yet in this build")))
        }
        _ => None,
    }
}
