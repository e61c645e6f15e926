//! Shared by the pseudo-terminal tests: typing a line and leaving with
//! Ctrl-D, each wait an expect with a timeout.

use rexpect::process::WaitStatus;
use rexpect::session::PtySession;

/// Types a line and presses Enter. rustyline drops keys that arrive
/// before its next prompt (type-ahead), so tests wait for each prompt.
pub fn line(p: &mut PtySession, text: &str) {
    p.send(text).expect("send");
    p.send("\r").expect("send Enter");
    p.flush().expect("flush");
}

/// Ctrl-D at a `>>> ` prompt the caller has just seen: cellar exits 0.
pub fn exits_with_zero(p: &mut PtySession) {
    p.send_control('d').expect("Ctrl-D");
    p.exp_eof().expect("cellar exits");
    match p.process().wait() {
        Ok(WaitStatus::Exited(_, 0)) => {}
        other => panic!("cellar did not exit with 0: {other:?}"),
    }
}
