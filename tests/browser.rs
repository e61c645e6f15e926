//! The projector page in a real browser: headless Chromium driven through
//! chromedriver (WebDriver), while the test types into a `cellar --serve`
//! REPL. The page must update by itself after an input, while stepping,
//! and switch themes; screenshots land in target/browser/ to look at.
//!
//! Needs Debian's `chromium` and `chromium-driver` (`.ci/run` installs
//! them). Without them the test says so and passes, unless
//! CELLAR_REQUIRE_BROWSER is set (as CI sets it): then it fails.

mod common {
    pub mod http;
}
use base64::Engine;
use common::http::request;
use serde_json::{Value, json};
use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::time::{Duration, Instant};

const CHROMIUM: &str = "/usr/bin/chromium";
const DRIVER: &str = "/usr/bin/chromedriver";

/// A process killed when the test ends, however it ends.
struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn the_page_follows_the_session_in_chromium() {
    if !std::path::Path::new(DRIVER).exists() || !std::path::Path::new(CHROMIUM).exists() {
        let required = std::env::var_os("CELLAR_REQUIRE_BROWSER").is_some();
        assert!(
            !required,
            "chromium and chromedriver are required here but missing"
        );
        eprintln!(
            "skipped: {CHROMIUM} or {DRIVER} missing (apt-get install chromium chromium-driver)"
        );
        return;
    }
    let (cellar, mut stdin, page) = start_cellar();
    let _cellar = cellar;
    let (_driver, driver) = start_driver();
    let session = new_session(&driver);
    let at = |path: &str| format!("{driver}/session/{session}{path}");
    post(&at("/url"), json!({ "url": page }));
    wait_for(&at, "history", "nothing typed yet");
    for line in [
        "def make_counter():",
        "    count = 0",
        "    def inc():",
        "        nonlocal count",
        "        count += 1",
        "        return count",
        "    return inc",
        "",
        "c = make_counter()",
        "c()",
        "s = '<b>not bold</b>'",
        "s",
    ] {
        writeln!(stdin, "{line}").expect("type");
    }
    wait_for(&at, "cells", "cell#1");
    wait_for(&at, "history", "'<b>not bold</b>'");
    screenshot(&at, "page");
    writeln!(stdin, ":step c()").expect("type");
    wait_for(&at, "step", "step 1/");
    writeln!(stdin, "w count").expect("type");
    wait_for(&at, "step", "writes count");
    screenshot(&at, "stepping");
    writeln!(stdin, "q").expect("type");
    wait_for(&at, "step", "");
    let theme = script(
        &at,
        "document.getElementById('theme').click(); return document.documentElement.dataset.theme;",
    );
    assert!(theme == "dark" || theme == "light", "{theme}");
    screenshot(&at, "toggled-theme");
    let _ = request("DELETE", &at(""), None);
}

/// `cellar --serve 0` with piped stdin; the page's URL from its first line.
fn start_cellar() -> (Killed, ChildStdin, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_cellar"))
        .args(["--serve", "0"])
        .env(
            "XDG_STATE_HOME",
            std::env::temp_dir().join("cellar-browser-test"),
        )
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("cellar starts");
    let stdin = child.stdin.take().expect("stdin");
    let stdout = child.stdout.take().expect("stdout");
    let mut first = String::new();
    BufReader::new(stdout)
        .read_line(&mut first)
        .expect("the serving line");
    let url = first
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .expect("a URL")
        .to_string();
    (Killed(child), stdin, url)
}

/// chromedriver on a free port, once it answers.
fn start_driver() -> (Killed, String) {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let child = Command::new(DRIVER)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromedriver starts");
    let url = format!("http://127.0.0.1:{port}");
    let started = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "chromedriver did not listen"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    (Killed(child), url)
}

fn new_session(driver: &str) -> String {
    let args = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1600,1000",
    ];
    let caps = json!({ "capabilities": { "alwaysMatch": {
        "goog:chromeOptions": { "binary": CHROMIUM, "args": args }
    }}});
    let answer = post(&format!("{driver}/session"), caps);
    answer["value"]["sessionId"]
        .as_str()
        .expect("a session id")
        .to_string()
}

fn post(url: &str, body: Value) -> Value {
    let answer = request("POST", url, Some(&body.to_string()));
    assert_eq!(answer.status, 200, "{url}: {}", answer.body);
    serde_json::from_str(&answer.body).expect("JSON")
}

/// Runs `js` in the page; its result as text.
fn script(at: &dyn Fn(&str) -> String, js: &str) -> String {
    let answer = post(&at("/execute/sync"), json!({ "script": js, "args": [] }));
    match &answer["value"] {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Waits until section `id` shows `text` (an empty `text`: is empty),
/// without reloading: the page must update by itself.
fn wait_for(at: &dyn Fn(&str) -> String, id: &str, text: &str) {
    let js = format!("return document.getElementById('{id}').innerText;");
    let started = Instant::now();
    loop {
        let shown = script(at, &js);
        if (text.is_empty() && shown.trim().is_empty())
            || (!text.is_empty() && shown.contains(text))
        {
            return;
        }
        assert!(
            started.elapsed() < Duration::from_secs(15),
            "#{id} never showed {text:?}; it shows:\n{shown}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Saves a screenshot as target/browser/NAME.png.
fn screenshot(at: &dyn Fn(&str) -> String, name: &str) {
    let answer = request("GET", &at("/screenshot"), None);
    let value: Value = serde_json::from_str(&answer.body).expect("JSON");
    let png = base64::engine::general_purpose::STANDARD
        .decode(value["value"].as_str().expect("base64"))
        .expect("a PNG");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/browser");
    std::fs::create_dir_all(&dir).expect("target/browser");
    std::fs::write(dir.join(format!("{name}.png")), png).expect("saved");
}
