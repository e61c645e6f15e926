//! The code verifier checks what the VM's unsafe hot loop trusts: every
//! code object the compiler makes for the behaviour corpus passes it, and
//! code with a wrapped operand, a stray jump or a bad slot is refused.

use cellar::code::{Code, Instr, verify, verify_all};
use std::path::Path;
use std::rc::Rc;

fn compile(src: &str) -> Rc<Code> {
    cellar::compile(src, "<test>", cellar::Mode::Exec).expect("compiles")
}

/// The first code object named `name` in `code`'s tree.
fn find(code: &Rc<Code>, name: &str) -> Rc<Code> {
    if &*code.name == name {
        return code.clone();
    }
    code.children()
        .find_map(|c| Some(find(c, name)).filter(|f| &*f.name == name))
        .expect("code object")
}

/// `code` with instruction `at` replaced.
fn patched(code: &Code, at: usize, instr: Instr) -> Code {
    let mut instrs = code.instrs.clone();
    instrs[at] = instr;
    Code {
        instrs,
        warnings: code.warnings.clone(),
        consts: code.consts.clone(),
        names: code.names.clone(),
        name_hashes: code.name_hashes.clone(),
        attr_hints: code.attr_hints.clone(),
        method_cache: cellar::code::method_caches(code.names.len()),
        global_slots: code.global_slots.clone(),
        varnames: code.varnames.clone(),
        cellvars: code.cellvars.clone(),
        freevars: code.freevars.clone(),
        localsplus: code.localsplus.clone(),
        lines: code.lines.clone(),
        spans: code.spans.clone(),
        exception_table: code.exception_table.clone(),
        block: code.block.clone(),
        enclosing: code.enclosing.clone(),
        name: code.name.clone(),
        qualname: code.qualname.clone(),
        filename: code.filename.clone(),
        source: code.source.clone(),
        ..*code
    }
}

fn position(code: &Code, pred: impl Fn(Instr) -> bool) -> usize {
    code.instrs
        .iter()
        .position(|&i| pred(i))
        .expect("instruction")
}

#[test]
fn every_corpus_program_verifies() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    let mut count = 0;
    for path in py_files(&root) {
        let src = std::fs::read_to_string(&path).expect("read");
        if let Ok(code) = cellar::compile(&src, "<corpus>", cellar::Mode::Exec) {
            verify_all(&code).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            count += 1;
        }
    }
    assert!(count > 400, "only {count} programs compiled");
}

fn py_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).expect("dir").flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(py_files(&p));
        } else if p.extension().is_some_and(|x| x == "py") {
            out.push(p);
        }
    }
    out
}

/// The memory corruption of 256 names before a star: the count wrapped to
/// 0 in UNPACK_EX's 8 bits (and its carry made one more name "after"), so
/// the stores that follow popped values the instruction never pushed.
#[test]
fn wrapped_unpack_count_is_refused() {
    let names: Vec<String> = (0..255).map(|i| format!("a{i}")).collect();
    let code = compile(&format!("def f(x):\n    {}, *r = x\n", names.join(", ")));
    let f = find(&code, "f");
    assert_eq!(verify(&f), Ok(()));
    let at = position(&f, |i| matches!(i, Instr::UnpackEx(_)));
    let wrapped = patched(&f, at, Instr::UnpackEx(1 << 8)); // 256 | 0 << 8, wrapped
    let err = verify(&wrapped).expect_err("wrapped count");
    assert!(err.problem.contains("needs 1 values, has 0"), "{err}");
}

#[test]
fn jump_past_the_end_is_refused() {
    let f = find(&compile("def f(x):\n    while x:\n        x -= 1\n"), "f");
    let at = position(&f, |i| cellar::code::jump_target(i).is_some());
    let err = verify(&patched(&f, at, Instr::PopJumpIfTrue(9999))).expect_err("jump");
    assert!(err.problem.contains("past the end"), "{err}");
}

#[test]
fn slot_out_of_range_is_refused() {
    let f = find(&compile("def f(x):\n    return x\n"), "f");
    let at = position(&f, |i| matches!(i, Instr::LoadFast(_)));
    let err = verify(&patched(&f, at, Instr::LoadFast(7))).expect_err("slot");
    assert!(err.problem.contains("operand out of range"), "{err}");
}

#[test]
fn deref_of_a_plain_local_is_refused() {
    let f = find(&compile("def f(x):\n    return x\n"), "f");
    let at = position(&f, |i| matches!(i, Instr::LoadFast(_)));
    let err = verify(&patched(&f, at, Instr::LoadDeref(0))).expect_err("deref");
    assert!(err.problem.contains("operand out of range"), "{err}");
}

#[test]
fn unbalanced_branches_are_refused() {
    let f = find(
        &compile("def f(x):\n    if x:\n        x = 1\n    return x\n"),
        "f",
    );
    let at = position(&f, |i| matches!(i, Instr::StoreFast(_)));
    let err = verify(&patched(&f, at, Instr::Nop)).expect_err("unbalanced");
    assert!(err.problem.contains("paths meet at depths"), "{err}");
}

/// BINARY_OP carries its operator as a type; `ast::BinOp` must stay in
/// CPython's NB_* order, so `dis` shows CPython's numbers, and the typed
/// operand must not make instructions bigger (the hot loop reads them).
#[test]
fn typed_binary_op_operands_keep_cpythons_numbers() {
    use cellar::code::{BINARY_OPS, BinaryOpArg};
    for (k, sym) in BINARY_OPS.iter().enumerate() {
        let a = BinaryOpArg::from_index(k).expect("an operator");
        assert_eq!(
            (a.index(), a.oparg(), a.symbol()),
            (k, k as u32, sym.to_string())
        );
        assert_eq!(BinaryOpArg::new(a.op(), false), a);
        let aug = BinaryOpArg::new(a.op(), true);
        assert_eq!(
            (aug.oparg(), aug.symbol()),
            (k as u32 + 13, format!("{sym}="))
        );
    }
    assert!(BinaryOpArg::from_index(13).is_none());
    assert!(
        std::mem::size_of::<Instr>() <= 8,
        "{}",
        std::mem::size_of::<Instr>()
    );
}
