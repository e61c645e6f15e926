//! The terminal's echo, off while a block is edited. Between two
//! `readline` calls (a key at a line's edge ends one, the loop redraws the
//! block, the next starts) the terminal is in its ordinary mode, where
//! keys typed ahead would be echoed wherever the loop is drawing. With echo
//! off they wait unseen for the next `readline`, which reads them
//! (rustyline keeps the mode it found, so echo stays off across calls).

/// Echo off while alive; the terminal's settings come back when dropped
/// (keys typed meanwhile are kept).
pub(super) struct EchoOff {
    saved: libc::termios,
}

impl EchoOff {
    /// None when stdin is not a terminal.
    pub(super) fn new() -> Option<EchoOff> {
        // SAFETY: termios is plain data; tcgetattr fills it or fails.
        let mut saved: libc::termios = unsafe { std::mem::zeroed() };
        if unsafe { libc::tcgetattr(libc::STDIN_FILENO, &mut saved) } != 0 {
            return None;
        }
        let mut quiet = saved;
        quiet.c_lflag &= !libc::ECHO;
        // SAFETY: fd 0 is a terminal (tcgetattr succeeded); quiet is valid.
        if unsafe { libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &quiet) } != 0 {
            return None;
        }
        Some(EchoOff { saved })
    }
}

impl Drop for EchoOff {
    fn drop(&mut self) {
        // SAFETY: restores the settings read in `new` on the same fd.
        unsafe { libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &self.saved) };
    }
}
