//! Rendering options of the inspection commands: color on and off give
//! the same text, ASCII mode has no box drawing, diagrams fit the width,
//! `:export` writes SVG and DOT files. Each test runs on its own thread
//! (cell numbering and the collector's registry are per thread).

use cellar::inspect::View;
use cellar::repl::{Capture, Session};
use unicode_width::UnicodeWidthStr;

const SHARED: &str = "\
def outer():
    x = 'a rather long string value that will not fit in a narrow terminal at all'
    def get():
        return x
    def set_value(v):
        nonlocal x
        x = v
    return get, set_value

get, set_value = outer()
fs = [(lambda: i) for i in range(3)]
def make_all():
    return [lambda: j for j in range(3)]

gs = make_all()
";

fn on_thread<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::spawn(f).join().expect("test thread")
}

fn session(view: View) -> Session {
    let mut s = Session::new(Box::new(Capture::default()), Box::new(Capture::default()));
    s.view = view;
    s.eval(SHARED);
    s
}

fn run(s: &mut Session, cmd: &str, arg: &str) -> String {
    cellar::inspect::command(&mut s.interp, &s.view, cmd, arg)
        .expect("a command")
        .expect("ok")
}

fn strip_ansi(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            for d in chars.by_ref() {
                if d == 'm' {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn color_adds_only_escapes() {
    on_thread(|| {
        let mut s = session(View::plain());
        for (cmd, arg) in [
            ("cells", ""),
            ("closure", "get"),
            ("dis", "set_value"),
            ("freevars", "gs[0]"),
        ] {
            s.view.color = false;
            let plain = run(&mut s, cmd, arg);
            s.view.color = true;
            let colored = run(&mut s, cmd, arg);
            assert!(colored.contains('\x1b'), ":{cmd} has no color");
            assert_eq!(strip_ansi(&colored), plain, ":{cmd}");
        }
    });
}

#[test]
fn ascii_mode_has_no_box_drawing() {
    on_thread(|| {
        let mut s = session(View {
            ascii: true,
            ..View::plain()
        });
        for (cmd, arg) in [("cells", ""), ("closure", "get")] {
            let text = run(&mut s, cmd, arg);
            assert!(
                !text.contains(['─', '┐', '┘', '┴', '┼', '▶']),
                ":{cmd}\n{text}"
            );
        }
    });
}

#[test]
fn cells_fit_the_width() {
    on_thread(|| {
        for width in [60, 80, 120] {
            let mut s = session(View {
                width,
                ..View::plain()
            });
            let text = run(&mut s, "cells", "");
            for line in text.lines() {
                assert!(line.width() <= width, "width {width}: {line:?}");
            }
        }
    });
}

#[test]
fn export_writes_svg_and_dot() {
    on_thread(|| {
        let mut s = session(View::plain());
        let dir = std::env::temp_dir().join(format!("cellar-export-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let svg = dir.join("cells.svg");
        let msg = run(&mut s, "export", svg.to_str().expect("utf-8 path"));
        assert!(msg.starts_with("wrote "), "{msg}");
        let text = std::fs::read_to_string(&svg).expect("svg written");
        assert!(
            text.starts_with("<svg")
                && text.contains("cell#1")
                && text.trim_end().ends_with("</svg>")
        );
        let dot = dir.join("get.dot");
        run(&mut s, "export", &format!("{} get", dot.display()));
        let text = std::fs::read_to_string(&dot).expect("dot written");
        assert!(
            text.starts_with("digraph") && text.contains("\"get\" -> cell1"),
            "{text}"
        );
        assert!(
            text.contains("\"set_value\" -> cell1") && !text.contains("gs[0]"),
            "{text}"
        );
        let bad = cellar::inspect::command(&mut s.interp, &s.view, "export", "cells.png");
        assert!(matches!(bad, Some(Err(_))));
        let _ = std::fs::remove_dir_all(&dir);
    });
}

#[test]
fn commands_leave_the_session_usable() {
    on_thread(|| {
        let mut s = session(View::plain());
        assert!(
            cellar::inspect::command(&mut s.interp, &s.view, "closure", "missing")
                .is_some_and(|r| r.is_err())
        );
        assert!(cellar::inspect::command(&mut s.interp, &s.view, "nonsense", "").is_none());
        run(&mut s, "closure", "fs[0]");
        assert!(s.vm().globals.get_by_name("__cellar_inspect__").is_none());
        let names: Vec<String> = s
            .vm()
            .globals
            .items()
            .into_iter()
            .map(|(k, _)| k.to_string())
            .collect();
        assert!(!names.iter().any(|n| n.contains("inspect")), "{names:?}");
    });
}
