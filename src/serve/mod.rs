//! The projector page: the live session in a browser, for a room. The REPL
//! builds a `Board` (plain text and diagram data) from the Interpreter after
//! each change and publishes it; the server, on a thread of its own, renders
//! the page and streams each change to every viewer. Nothing a viewer sends
//! reaches the session.

mod board;
mod conn;
mod page;
mod server;

pub use board::{Board, Exchange, FrameBoard, HISTORY, Inspection, LessonBoard, StepBoard};
pub use server::Server;
