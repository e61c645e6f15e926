//! Embeds every `lessons/*.md` in the binary (see `src/lesson/mod.rs`).

use std::fmt::Write;

fn main() {
    println!("cargo:rerun-if-changed=lessons");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| {
        p.extension().is_some_and(|e| e == "md") && p.file_name().is_some_and(|n| n != "README.md")
    });
    files.sort();
    let mut out = String::from("pub const BUNDLED: &[(&str, &str)] = &[\n");
    for p in &files {
        println!("cargo:rerun-if-changed={}", p.display());
        let name = p.file_name().unwrap().to_string_lossy();
        let _ = writeln!(
            out,
            "    (\"lessons/{name}\", include_str!({:?})),",
            p.display().to_string()
        );
    }
    out.push_str("];\n");
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("bundled_lessons.rs");
    std::fs::write(dest, out).unwrap();
}
