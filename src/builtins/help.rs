//! `help(obj)`: pydoc's text for a function, a method or a class defined
//! in Python (signature, docstring, methods and class attributes), a
//! short summary for other objects; `help()` alone explains itself and
//! returns (cellar has no interactive help utility).

use crate::code::flags;
use crate::exception::PyResult;
use crate::value::{Class, Function, Name, Value};
use crate::vm::Vm;
use std::rc::Rc;

/// `help([obj])`
pub fn help(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    super::no_kwargs("help", kw)?;
    super::arg_range("help", args, 0, 1)?;
    let text = match args.first() {
        None => "help(obj) shows an object's signature and docstring, as Python's help does.\n\
                 cellar has no interactive help utility; try help(print) or help(your_function).\n"
            .to_string(),
        Some(v) => describe(vm, v)?,
    };
    vm.write_out(&text);
    Ok(Value::None)
}

fn describe(vm: &mut Vm, v: &Value) -> PyResult<String> {
    Ok(match v {
        Value::Function(f) => format!(
            "Help on function {} in module __main__:\n\n{}{}\n",
            f.name(),
            function_entry(vm, f, &f.name(), false)?,
            ""
        ),
        Value::Method(m) => match (&m.func, &m.this) {
            (Value::Function(f), Value::Instance(i)) => format!(
                "Help on method {} in module __main__:\n\n{}\n",
                f.name(),
                method_line(vm, f, &i.class)?
            ),
            _ => format!("Help on method:\n\n{}\n\n", vm.repr(v)?),
        },
        Value::Class(c) if c.heap_type => class_help(vm, c)?,
        Value::Builtin(b) => format!(
            "Help on built-in function {0} in module builtins:\n\n{0}(...)\n\n",
            b.name
        ),
        other => format!(
            "Help on {} object:\n\n{}\n\n",
            other.type_name(),
            vm.repr(other)?
        ),
    })
}

/// `name(signature)` and the indented docstring (else the comments
/// right above the def, as pydoc falls back to them).
fn function_entry(vm: &mut Vm, f: &Function, name: &str, bound: bool) -> PyResult<String> {
    let sig = signature(vm, f, bound)?;
    let head = if &*f.code.name == "<lambda>" {
        format!("{name} lambda {}\n", &sig[1..sig.len() - 1])
    } else {
        format!("{name}{sig}\n")
    };
    let doc = match indented_doc(&f.doc(), "    ") {
        d if d.is_empty() => comments(&f.code)
            .lines()
            .map(|l| format!("    {l}\n"))
            .collect(),
        d => d,
    };
    Ok(head + &doc)
}

/// cpython: inspect.getcomments — the `#` lines right above a def or
/// class at its indentation, each with its newline.
fn comments(code: &crate::code::Code) -> String {
    let lines: Vec<&str> = code.source.lines().collect();
    let Some(at) = (code.firstlineno as usize).checked_sub(1) else {
        return String::new();
    };
    let indent = |l: &str| l.len() - l.trim_start().len();
    let Some(def) = lines.get(at) else {
        return String::new();
    };
    let mut out: Vec<&str> = Vec::new();
    let mut k = at;
    while k > 0 {
        let l = lines[k - 1];
        if !l.trim_start().starts_with('#') || indent(l) != indent(def) {
            break;
        }
        out.insert(0, l.trim_start());
        k -= 1;
    }
    while out.first().is_some_and(|c| c.trim() == "#") {
        out.remove(0);
    }
    while out.last().is_some_and(|c| c.trim() == "#") {
        out.pop();
    }
    out.iter().map(|l| format!("{l}\n")).collect()
}

/// `m(k=None) method of __main__.A instance`
fn method_line(vm: &mut Vm, f: &Function, class: &Class) -> PyResult<String> {
    let sig = signature(vm, f, true)?;
    let doc = indented_doc(&f.doc(), "    ");
    Ok(format!(
        "{}{sig} method of {}.{} instance\n{doc}",
        f.name(),
        class.module,
        class.qualname
    ))
}

/// `(a, /, b: int = 2, *args, c='x', **kw) -> str`, as inspect.signature
/// prints it; `bound` leaves out the first parameter.
fn signature(vm: &mut Vm, f: &Function, bound: bool) -> PyResult<String> {
    let code = &f.code;
    let (argc, posonly, kwonly) = (
        code.argcount as usize,
        code.posonlyargcount as usize,
        code.kwonlyargcount as usize,
    );
    let defaults = f.defaults().map_or(Vec::new(), |d| d.items.to_vec());
    let first_default = argc.saturating_sub(defaults.len());
    let mut parts = Vec::new();
    for i in 0..argc {
        let default = i.checked_sub(first_default).and_then(|k| defaults.get(k));
        parts.push(param(vm, f, &code.varnames[i], default)?);
        if i + 1 == posonly {
            parts.push("/".to_string());
        }
    }
    let mut next = argc + kwonly;
    if code.flags & flags::VARARGS != 0 {
        parts.push(format!("*{}", param(vm, f, &code.varnames[next], None)?));
        next += 1;
    } else if kwonly > 0 {
        parts.push("*".to_string());
    }
    for i in argc..argc + kwonly {
        let default = f.kwdefaults().and_then(|d| d.get_str(&code.varnames[i]));
        parts.push(param(vm, f, &code.varnames[i], default.as_ref())?);
    }
    if code.flags & flags::VARKEYWORDS != 0 {
        parts.push(format!("**{}", param(vm, f, &code.varnames[next], None)?));
    }
    if bound && !parts.is_empty() {
        parts.remove(0);
        if parts.first().is_some_and(|p| p == "/") {
            parts.remove(0);
        }
    }
    let ret = match annotation(vm, f, "return")? {
        Some(a) => format!(" -> {a}"),
        None => String::new(),
    };
    Ok(format!("({}){ret}", parts.join(", ")))
}

/// `name`, `name=default`, `name: ann = default`.
fn param(vm: &mut Vm, f: &Function, name: &str, default: Option<&Value>) -> PyResult<String> {
    let ann = annotation(vm, f, name)?;
    Ok(match (ann, default) {
        (None, None) => name.to_string(),
        (None, Some(d)) => format!("{name}={}", vm.repr(d)?),
        (Some(a), None) => format!("{name}: {a}"),
        (Some(a), Some(d)) => format!("{name}: {a} = {}", vm.repr(d)?),
    })
}

/// An annotation as inspect formats it: a class by its name, else repr.
fn annotation(vm: &mut Vm, f: &Function, name: &str) -> PyResult<Option<String>> {
    let Some(anns) = &f.annotations else {
        return Ok(None);
    };
    match anns.get_str(name) {
        Some(Value::Class(c)) if &*c.module == "builtins" => Ok(Some(c.qualname.to_string())),
        Some(Value::Class(c)) => Ok(Some(format!("{}.{}", c.module, c.qualname))),
        Some(v) => vm.repr(&v).map(Some),
        None => Ok(None),
    }
}

/// The docstring cleaned as inspect.cleandoc does, each line indented.
fn indented_doc(doc: &Value, indent: &str) -> String {
    let Some(text) = doc.as_str() else {
        return String::new();
    };
    cleandoc(text)
        .lines()
        .map(|l| format!("{indent}{l}\n"))
        .collect()
}

/// cpython: inspect.cleandoc — the first line stripped, the common
/// indentation of the rest removed, blank lines at both ends dropped.
fn cleandoc(text: &str) -> String {
    let text = text.replace('\t', "        ");
    let mut lines: Vec<&str> = text.lines().collect();
    let margin = lines
        .iter()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    if let Some(first) = lines.first() {
        out.push(first.trim_start().to_string());
    }
    for l in lines.drain(..).skip(1) {
        out.push(l.get(margin..).unwrap_or("").trim_end().to_string());
    }
    while out.first().is_some_and(|l| l.trim().is_empty()) {
        out.remove(0);
    }
    while out.last().is_some_and(|l| l.trim().is_empty()) {
        out.pop();
    }
    if let Some(first) = out.first_mut() {
        *first = first.trim_end().to_string();
    }
    out.join("\n")
}

/// pydoc's page for a class statement's class.
fn class_help(vm: &mut Vm, c: &Rc<Class>) -> PyResult<String> {
    let bases: Vec<String> = c
        .bases()
        .iter()
        .map(|b| match &*b.module {
            "builtins" => format!("builtins.{}", b.qualname),
            _ => b.qualname.to_string(),
        })
        .collect();
    let base = match bases.is_empty() {
        true => "builtins.object".to_string(),
        false => bases.join(", "),
    };
    let mut body: Vec<String> = Vec::new();
    if let Some(Value::Function(init)) = c.dict.get_str("__init__") {
        let sig = signature(vm, &init, true)?;
        if sig != "()" {
            body.push(format!("{}{sig}", c.name)); // pydoc leaves out "()"
            body.push(String::new());
        }
    }
    let doc = match c.dict.get_str("__doc__").filter(|d| d.as_str().is_some()) {
        Some(doc) => indented_doc(&doc, ""),
        None => c
            .body
            .as_ref()
            .map_or_else(String::new, |code| comments(code)),
    };
    if !doc.is_empty() {
        body.extend(doc.lines().map(String::from));
        body.push(String::new());
    }
    let mut methods = Vec::new();
    let mut data = Vec::new();
    for (k, v) in c.dict.items() {
        let Some(name) = k.as_str().map(String::from) else {
            continue;
        };
        match &v {
            Value::Function(f) => methods.push(method_entry(vm, f, &name)?),
            _ if name.starts_with("__") && name.ends_with("__") => {}
            other => data.push(format!("{name} = {}", vm.repr(other)?)),
        }
    }
    methods.sort();
    let mut sections = Vec::new();
    if !methods.is_empty() {
        sections.push(section("Methods defined here:", &methods));
    }
    sections.push(section(
        "Data descriptors defined here:",
        &[
            "__dict__\n    dictionary for instance variables".to_string(),
            "__weakref__\n    list of weak references to the object".to_string(),
        ],
    ));
    if !data.is_empty() {
        data.sort();
        sections.push(section("Data and other attributes defined here:", &data));
    }
    body.extend(
        sections
            .join(&format!("\n{}\n", "-".repeat(70)))
            .lines()
            .map(String::from),
    );
    let lines: Vec<String> = body.iter().map(|l| format!(" |  {l}")).collect();
    Ok(format!(
        "Help on class {0} in module {1}:\n\nclass {0}({base})\n{2}\n\n",
        c.name,
        c.module,
        lines.join("\n")
    ))
}

/// One method of a class page; `__init__` without a docstring gets
/// object's, as pydoc shows it.
fn method_entry(vm: &mut Vm, f: &Function, name: &str) -> PyResult<String> {
    let mut entry = format!("{name}{}", signature(vm, f, false)?);
    let doc = indented_doc(&f.doc(), "    ");
    if !doc.is_empty() {
        entry = format!("{entry}\n{}", doc.trim_end_matches('\n'));
    } else if name == "__init__" {
        entry.push_str("\n    Initialize self.  See help(type(self)) for accurate signature.");
    } else {
        for line in comments(&f.code).lines() {
            entry.push_str(&format!("\n    {line}"));
        }
    }
    Ok(entry)
}

/// `title`, a blank line, then the entries separated by blank lines.
fn section(title: &str, entries: &[String]) -> String {
    format!("{title}\n\n{}\n", entries.join("\n\n"))
}
