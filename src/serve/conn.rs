//! One viewer's connection: hyper's HTTP/1 on the socket, through a
//! wrapper that gives up on a viewer who stops taking data. A write that
//! cannot proceed for `STALL` ends the connection, so a vanished laptop or
//! a paused browser tab costs nothing after that.

use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use tokio::time::{Instant, Sleep};

/// How long a write may wait for the viewer before the connection ends.
pub const STALL: Duration = Duration::from_secs(5);

/// Serves HTTP/1 on `socket` with `router` until the viewer leaves or stalls.
pub async fn serve(socket: TcpStream, router: axum::Router) {
    let io = hyper_util::rt::TokioIo::new(Watched::new(socket));
    let service = hyper_util::service::TowerToHyperService::new(router);
    let _ = hyper::server::conn::http1::Builder::new()
        .serve_connection(io, service)
        .await;
}

/// A socket whose writes time out.
struct Watched {
    socket: TcpStream,
    /// Armed while a write is pending; fires `STALL` later.
    deadline: Option<Pin<Box<Sleep>>>,
}

impl Watched {
    fn new(socket: TcpStream) -> Watched {
        Watched {
            socket,
            deadline: None,
        }
    }

    /// A write is pending: Err once it has been for `STALL`.
    fn stalled(&mut self, cx: &mut Context<'_>) -> io::Result<()> {
        let deadline = self
            .deadline
            .get_or_insert_with(|| Box::pin(tokio::time::sleep_until(Instant::now() + STALL)));
        match deadline.as_mut().poll(cx) {
            Poll::Ready(()) => Err(io::Error::new(io::ErrorKind::TimedOut, "viewer stalled")),
            Poll::Pending => Ok(()),
        }
    }
}

impl AsyncRead for Watched {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.socket).poll_read(cx, buf)
    }
}

impl AsyncWrite for Watched {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        match Pin::new(&mut self.socket).poll_write(cx, buf) {
            Poll::Pending => match self.stalled(cx) {
                Ok(()) => Poll::Pending,
                Err(e) => Poll::Ready(Err(e)),
            },
            done => {
                self.deadline = None;
                done
            }
        }
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.socket).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.socket).poll_shutdown(cx)
    }
}
