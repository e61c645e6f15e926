//! The projector page over HTTP: the page holds the session's diagram and
//! history, an input's update reaches a subscriber, everything from the
//! session is escaped, unknown paths get 404 and writes 405, a port in use
//! is a one-line message, and a viewer that stops reading is dropped
//! without holding the session up.

mod common {
    pub mod http;
}
use cellar::repl::Session;
use common::http::{Events, get, request};
use std::net::IpAddr;

const LOCAL: [u8; 4] = [127, 0, 0, 1];

const COUNTER: [&str; 8] = [
    "def make_counter():",
    "    count = 0",
    "    def inc():",
    "        nonlocal count",
    "        count += 1",
    "        return count",
    "    return inc",
    "",
];

/// A session serving on a free port, with `lines` typed.
fn serving(lines: &[&str]) -> (Session, cellar::repl::Capture, String) {
    let (mut session, capture) = Session::captured();
    session.start_serving(IpAddr::from(LOCAL), 0);
    let url = session.serve_url().expect("serving");
    for l in lines {
        session.feed_line(l);
    }
    (session, capture, url)
}

#[test]
fn the_page_holds_the_diagram_and_the_session() {
    let (mut s, _, url) = serving(&COUNTER);
    s.feed_line("c = make_counter()");
    s.feed_line("c()");
    let page = get(&url);
    assert_eq!(page.status, 200);
    assert!(
        page.header("content-type")
            .is_some_and(|t| t.starts_with("text/html"))
    );
    assert!(page.body.contains("<svg"), "an inline diagram");
    assert!(page.body.contains("cell#1 ──▶ 1"), "the cell and its value");
    assert!(
        page.body.contains("&gt;&gt;&gt; c = make_counter()"),
        "the input as typed"
    );
    let svg = get(&format!("{url}cells.svg"));
    assert_eq!(svg.header("content-type"), Some("image/svg+xml"));
    assert!(
        svg.header("content-disposition")
            .is_some_and(|d| d.contains("cells.svg"))
    );
    assert!(svg.body.starts_with("<svg") && svg.body.contains("cell#1"));
}

#[test]
fn an_input_reaches_a_viewer_as_an_update() {
    let (mut s, _, url) = serving(&COUNTER);
    let mut events = Events::open(&url);
    let first = events.next_update();
    assert!(
        first.contains("\"history\"") && first.contains("\"cells\""),
        "all sections first"
    );
    s.feed_line("c = make_counter()");
    let update = events.next_update();
    assert!(update.contains("cell#1"), "{update}");
    s.feed_line(":closure c");
    let update = events.next_update();
    assert!(
        update.contains("\"inspection\"") && update.contains(":closure c"),
        "{update}"
    );
    s.feed_line(":step c()");
    let update = events.next_update();
    assert!(
        update.contains("\"step\"") && update.contains("step 1/"),
        "{update}"
    );
    s.feed_line("");
    let update = events.next_update();
    assert!(
        update.contains("step 2/") && !update.contains("\"history\""),
        "{update}"
    );
}

#[test]
fn everything_from_the_session_is_escaped() {
    let (mut s, _, url) = serving(&COUNTER);
    s.feed_line("s = '<script>alert(1)</script>'");
    s.feed_line("print(s)");
    s.feed_line("c = make_counter()");
    s.feed_line("c.__qualname__ = '<img src=x onerror=alert(2)>'");
    s.feed_line(":closure c");
    s.feed_line("fs = [make_counter()]");
    s.feed_line("fs[0].__qualname__ = '</svg><script>alert(3)</script>'");
    let page = get(&url).body;
    let scripts = page.matches("<script>").count();
    assert_eq!(scripts, 1, "only the page's own script");
    assert!(!page.contains("<img"), "no element from the session");
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(page.contains("&lt;img src=x onerror=alert(2)&gt;"));
    let mut events = Events::open(&url);
    let all = events.next_update();
    assert!(!all.contains("<script>") && !all.contains("<img"), "{all}");
}

#[test]
fn viewers_only_look() {
    let (_s, _, url) = serving(&[]);
    assert_eq!(get(&format!("{url}nothing-here")).status, 404);
    assert_eq!(get(&format!("{url}../etc/passwd")).status, 404);
    assert_eq!(get(&format!("{url}step.svg")).status, 404, "not stepping");
    for method in ["POST", "PUT", "DELETE", "PATCH"] {
        let answer = request(method, &url, Some("print('hi')"));
        assert_eq!(answer.status, 405, "{method} is refused");
        let answer = request(method, &format!("{url}events"), Some("{}"));
        assert_eq!(answer.status, 405, "{method} /events is refused");
    }
}

#[test]
fn a_port_in_use_is_one_line_and_the_repl_goes_on() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").expect("a port");
    let port = taken.local_addr().expect("addr").port();
    let (mut session, capture) = Session::captured();
    session.start_serving(IpAddr::from(LOCAL), port);
    assert!(session.serve_url().is_none());
    let said = capture.take();
    assert_eq!(
        said,
        format!(
            "cellar: cannot serve on 127.0.0.1:{port}: Address already in use; the REPL goes on without it\n"
        )
    );
    session.feed_line("6 * 7");
    assert_eq!(capture.take(), "42\n");
}

#[test]
fn a_viewer_that_stops_reading_is_dropped() {
    let server = cellar::serve::Server::start(IpAddr::from(LOCAL), 0).expect("serves");
    let url = server.url();
    let stalled = std::net::TcpStream::connect(server.addr()).expect("connect");
    use std::io::Write;
    (&stalled)
        .write_all(b"GET /events HTTP/1.1\r\nHost: x\r\n\r\n")
        .expect("send");
    let mut waited = 0;
    while server.viewers() == 0 && waited < 200 {
        std::thread::sleep(std::time::Duration::from_millis(10));
        waited += 1;
    }
    assert_eq!(server.viewers(), 1, "the viewer subscribed");
    let started = std::time::Instant::now();
    let big = "x".repeat(20_000);
    for k in 0..2_000 {
        let mut board = cellar::serve::Board::default();
        board.push_exchange(format!("{k}"), big.clone());
        server.publish(board); // never waits for the viewer
    }
    let publishing = started.elapsed();
    let mut waited = 0;
    while server.viewers() > 0 && waited < 500 {
        std::thread::sleep(std::time::Duration::from_millis(10));
        waited += 1;
    }
    assert_eq!(server.viewers(), 0, "the stalled viewer was dropped");
    assert!(get(&url).status == 200, "the server still serves");
    drop(stalled);
    eprintln!("2,000 updates published in {publishing:?} with a stalled viewer");
}

#[test]
fn serve_command_and_a_network_host_say_who_can_see() {
    let (mut session, capture) = Session::captured();
    session.feed_line(":serve 0");
    let said = capture.take();
    assert!(
        said.starts_with("serving this session at http://127.0.0.1:")
            && said.contains("this machine only; viewers can only look"),
        "{said}"
    );
    session.feed_line(":serve 0");
    assert!(
        capture
            .take()
            .starts_with("already serving the session at http://127.0.0.1:")
    );
    session.feed_line(":serve nope");
    assert!(capture.take().starts_with("usage: :serve [PORT]"));
    let (mut shared, capture) = Session::captured();
    shared.start_serving(IpAddr::from([0, 0, 0, 0]), 0);
    let said = capture.take();
    assert!(
        said.contains("anyone on that network can view the page; nobody can run code"),
        "{said}"
    );
}
