//! Layers look down, never up: the inspection commands, the stepper and the lessons
//! talk to the Interpreter, never to the REPL session (STYLE.md, habit 8).

use std::path::Path;

fn sources(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).expect("src dir").flatten() {
        let p = e.path();
        if p.is_dir() {
            sources(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn inspect_and_lesson_do_not_reach_into_the_repl() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    for layer in [
        "inspect",
        "lesson",
        "step",
        "vm",
        "interpreter.rs",
        "heap.rs",
    ] {
        let p = root.join(layer);
        if p.is_dir() {
            sources(&p, &mut files);
        } else {
            files.push(p);
        }
    }
    assert!(files.len() > 10, "found {} files", files.len());
    for f in files {
        let text = std::fs::read_to_string(&f).expect("read");
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            assert!(
                !code.contains("crate::repl") && !code.contains("cellar::repl"),
                "{}:{} reaches into the REPL: {line}",
                f.display(),
                n + 1
            );
        }
    }
}
