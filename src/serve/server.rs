//! The web server: axum on a tokio runtime of its own thread, never the
//! REPL's. The REPL hands it a whole `Board` after each change; the server
//! keeps the latest for `GET /` and sends the sections that changed to
//! every viewer of `GET /events`.
//!
//! ```text
//!     REPL thread ── publish(board) ──▶ latest board (GET /, /cells.svg, /step.svg)
//!                                  └──▶ broadcast (bounded) ──▶ one SSE stream per viewer
//! ```
//!
//! Viewers only look: every route is a GET (other methods get 405),
//! unknown paths 404. A viewer that falls behind by a whole queue is
//! dropped (its browser reconnects and gets the whole page state again),
//! and one that stops taking data is disconnected (`conn.rs`), so a slow or
//! vanished viewer never holds anything up.

use super::board::Board;
use super::page;
use axum::Router;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use std::convert::Infallible;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use tokio::sync::broadcast;
use tokio_stream::{Stream, StreamExt, wrappers::BroadcastStream};

/// How many updates a viewer may fall behind before it is dropped.
const QUEUE: usize = 64;

/// A running projector server.
pub struct Server {
    addr: SocketAddr,
    shared: Arc<Shared>,
}

/// What the REPL thread and the server share.
struct Shared {
    board: Mutex<Board>,
    updates: broadcast::Sender<Arc<str>>,
}

impl Server {
    /// Listens on `host:port` (port 0: any free port) and serves from a new
    /// thread. Err is a one-line reason (a port in use, say).
    pub fn start(host: IpAddr, port: u16) -> Result<Server, String> {
        let listener = std::net::TcpListener::bind((host, port))
            .map_err(|e| format!("cannot serve on {host}:{port}: {}", reason(&e)))?;
        let addr = listener.local_addr().map_err(|e| e.to_string())?;
        listener.set_nonblocking(true).map_err(|e| e.to_string())?;
        let (updates, _) = broadcast::channel(QUEUE);
        let shared = Arc::new(Shared {
            board: Mutex::new(Board::default()),
            updates,
        });
        let state = shared.clone();
        std::thread::Builder::new()
            .name("cellar-serve".into())
            .spawn(move || serve(listener, state))
            .map_err(|e| format!("cannot start the server thread: {e}"))?;
        Ok(Server { addr, shared })
    }

    /// `http://127.0.0.1:8000/`
    pub fn url(&self) -> String {
        format!("http://{}/", self.addr)
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The session changed: `board` is what the page shows now.
    pub fn publish(&self, board: Board) {
        let mut latest = match self.shared.board.lock() {
            Ok(b) => b,
            Err(poisoned) => poisoned.into_inner(),
        };
        let changed = page::changed(&latest, &board);
        if changed.is_empty() {
            return;
        }
        let json = page::update_json(&changed, &board);
        *latest = board;
        drop(latest);
        let _ = self.shared.updates.send(Arc::from(json)); // no viewer is fine
    }

    /// How many viewers are connected.
    pub fn viewers(&self) -> usize {
        self.shared.updates.receiver_count()
    }
}

/// `Address already in use` without the `(os error 98)`.
fn reason(e: &std::io::Error) -> String {
    let text = e.to_string();
    match text.find(" (os error") {
        Some(at) => text[..at].to_string(),
        None => text,
    }
}

/// The server thread: a single-threaded runtime running axum until the
/// process ends.
fn serve(listener: std::net::TcpListener, shared: Arc<Shared>) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .enable_time()
        .build();
    let Ok(runtime) = runtime else { return };
    runtime.block_on(async move {
        let Ok(listener) = tokio::net::TcpListener::from_std(listener) else {
            return;
        };
        let router = router(shared);
        loop {
            let Ok((socket, _)) = listener.accept().await else {
                // out of file descriptors, say: a moment later one may be free
                tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                continue;
            };
            let _ = socket.set_nodelay(true);
            tokio::spawn(super::conn::serve(socket, router.clone()));
        }
    });
}

fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/", get(index))
        .route("/events", get(events))
        .route("/cells.svg", get(cells_svg))
        .route("/step.svg", get(step_svg))
        .fallback(not_found)
        .with_state(shared)
}

fn latest(shared: &Shared) -> Board {
    match shared.board.lock() {
        Ok(b) => b.clone(),
        Err(poisoned) => poisoned.into_inner().clone(),
    }
}

async fn index(State(shared): State<Arc<Shared>>) -> Html<String> {
    Html(page::page(&latest(&shared)))
}

/// The live stream: all sections first (so a viewer that reconnects is up
/// to date), then each update; a viewer that lagged a whole queue ends.
async fn events(
    State(shared): State<Arc<Shared>>,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let receiver = shared.updates.subscribe();
    let first = page::update_json(&page::SECTIONS, &latest(&shared));
    let first = tokio_stream::once(Arc::<str>::from(first));
    let rest = BroadcastStream::new(receiver).map_while(Result::ok);
    let stream = first
        .chain(rest)
        .map(|data| Ok(Event::default().event("update").data(&*data)));
    Sse::new(stream).keep_alive(KeepAlive::default())
}

async fn cells_svg(State(shared): State<Arc<Shared>>) -> Response {
    svg_file("cells.svg", &latest(&shared).cells)
}

async fn step_svg(State(shared): State<Arc<Shared>>) -> Response {
    let board = latest(&shared);
    match &board.step {
        Some(step) => svg_file("step.svg", &step.cells),
        None => (StatusCode::NOT_FOUND, "not stepping").into_response(),
    }
}

/// A diagram as a downloadable SVG file.
fn svg_file(name: &str, cells: &[crate::inspect::DiagramCell]) -> Response {
    let svg = crate::inspect::diagram_file(name, cells).unwrap_or_default();
    let disposition = format!("attachment; filename=\"{name}\"");
    (
        [
            (header::CONTENT_TYPE, "image/svg+xml".to_string()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        svg,
    )
        .into_response()
}

async fn not_found() -> (StatusCode, &'static str) {
    (
        StatusCode::NOT_FOUND,
        "not found: this page only shows a cellar session",
    )
}
