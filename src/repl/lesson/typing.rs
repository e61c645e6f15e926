//! Demo mode's typing animation on a terminal: the code appears a
//! character at a time, and any key skips to the end of it. While it
//! types, the terminal is in raw mode without echo or signals, so a key
//! is never echoed nor inserted into the next line, and Ctrl-C is just a
//! key that ends the animation of the whole step (no KeyboardInterrupt lands in the step's
//! code); what was typed is discarded before the prompt returns.

use super::super::Session;
use std::time::Duration;

/// Raw, silent, signal-free terminal input while alive; restored (and
/// pending input discarded) when dropped.
struct QuietKeys {
    saved: libc::termios,
}

impl QuietKeys {
    /// None when stdin is not a terminal.
    fn new() -> Option<QuietKeys> {
        // SAFETY: termios is plain data; tcgetattr fills it or fails.
        let mut saved: libc::termios = unsafe { std::mem::zeroed() };
        if unsafe { libc::tcgetattr(libc::STDIN_FILENO, &mut saved) } != 0 {
            return None;
        }
        let mut raw = saved;
        raw.c_lflag &= !(libc::ICANON | libc::ECHO | libc::ISIG);
        raw.c_cc[libc::VMIN] = 0;
        raw.c_cc[libc::VTIME] = 0;
        // SAFETY: fd 0 is a terminal (tcgetattr succeeded); raw is valid.
        if unsafe { libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &raw) } != 0 {
            return None;
        }
        Some(QuietKeys { saved })
    }

    /// Waits up to `pause` for a key; true when one came (it is read and
    /// dropped).
    fn key_within(&self, pause: Duration) -> bool {
        let mut fd = libc::pollfd {
            fd: libc::STDIN_FILENO,
            events: libc::POLLIN,
            revents: 0,
        };
        let ms = pause.as_millis().min(i32::MAX as u128) as i32;
        // SAFETY: one valid pollfd.
        if unsafe { libc::poll(&mut fd, 1, ms) } <= 0 {
            return false;
        }
        let mut buf = [0u8; 64];
        // SAFETY: reading into a buffer of the given length.
        unsafe { libc::read(libc::STDIN_FILENO, buf.as_mut_ptr().cast(), buf.len()) };
        true
    }
}

impl Drop for QuietKeys {
    fn drop(&mut self) {
        // SAFETY: restores the settings read in `new` on the same fd.
        unsafe {
            libc::tcflush(libc::STDIN_FILENO, libc::TCIFLUSH); // keys typed meanwhile go
            libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &self.saved);
        }
    }
}

impl Session {
    /// Demo mode: writes text a character at a time; on a terminal any
    /// key (Ctrl-C too) shows the rest of the step at once.
    pub(super) fn type_out(&mut self, text: &str) {
        let delay = self.tutor.delay_ms;
        let mut skipped = self.tutor.skip_typing;
        let keys = if delay > 0 && self.terminal && !skipped {
            QuietKeys::new()
        } else {
            None
        };
        for c in text.chars() {
            let mut buf = [0u8; 4];
            self.vm().write_out(c.encode_utf8(&mut buf));
            if delay == 0 || skipped {
                continue;
            }
            self.vm().flush_out();
            let pause = Duration::from_millis(if c == '\n' { delay * 4 } else { delay });
            skipped = match &keys {
                Some(keys) => keys.key_within(pause),
                None => {
                    std::thread::sleep(pause);
                    false
                }
            };
        }
        self.tutor.skip_typing = skipped;
        self.vm().flush_out();
    }
}
