//! Text streams: `sys.stdout`, `sys.stderr`, `sys.stdin`, and files opened in text mode.
//! Standard output is buffered in the VM and flushed at exit, before reading input, and
//! before anything is written to standard error, so the two interleave as a user expects on a
//! terminal.

use std::cell::RefCell;
use std::fs::File;
use std::io::{BufRead, BufReader, Write};

pub enum Stream {
    Stdout,
    Stderr,
    Stdin,
    /// A file opened for reading: its lines, read lazily.
    Reader(RefCell<BufReader<File>>),
    Writer(RefCell<std::io::BufWriter<File>>),
    Closed,
}

pub struct TextIO {
    pub name: String,
    pub mode: String,
    pub stream: RefCell<Stream>,
    /// Opened with a `b` mode: reads give bytes.
    pub binary: bool,
    /// Opened from a file descriptor (`open(fd)`): its `name` is that number.
    pub fd: Option<i32>,
    /// Closing the file closes its descriptor (`open(fd, closefd=False)` leaves it open).
    pub closefd: bool,
}

impl TextIO {
    pub fn new(name: &str, mode: &str, stream: Stream) -> TextIO {
        TextIO {
            name: name.to_string(),
            mode: mode.to_string(),
            stream: RefCell::new(stream),
            binary: mode.contains('b'),
            fd: None,
            closefd: true,
        }
    }

    /// The file descriptor of a file stream.
    pub fn raw_fd(&self) -> Option<i32> {
        use std::os::unix::io::AsRawFd;
        match &*self.stream.borrow() {
            Stream::Stdin => Some(0),
            Stream::Stdout => Some(1),
            Stream::Stderr => Some(2),
            Stream::Reader(r) => Some(r.borrow().get_ref().as_raw_fd()),
            Stream::Writer(w) => Some(w.borrow().get_ref().as_raw_fd()),
            Stream::Closed => None,
        }
    }

    pub fn is_closed(&self) -> bool {
        matches!(*self.stream.borrow(), Stream::Closed)
    }

    /// Reads one line (with its newline); empty at end of file.
    pub fn read_line(&self) -> std::io::Result<Vec<u8>> {
        let mut out = Vec::new();
        match &*self.stream.borrow() {
            Stream::Stdin => {
                std::io::stdin().lock().read_until(b'\n', &mut out)?;
            }
            Stream::Reader(r) => {
                r.borrow_mut().read_until(b'\n', &mut out)?;
            }
            _ => {}
        }
        Ok(out)
    }

    /// Reads everything left.
    pub fn read_all(&self) -> std::io::Result<Vec<u8>> {
        use std::io::Read;
        let mut out = Vec::new();
        match &*self.stream.borrow() {
            Stream::Stdin => {
                std::io::stdin().lock().read_to_end(&mut out)?;
            }
            Stream::Reader(r) => {
                r.borrow_mut().read_to_end(&mut out)?;
            }
            _ => {}
        }
        Ok(out)
    }

    /// Writes to a file stream (standard streams are written by the VM).
    pub fn write_file(&self, data: &[u8]) -> std::io::Result<()> {
        if let Stream::Writer(w) = &*self.stream.borrow() {
            w.borrow_mut().write_all(data)?;
        }
        Ok(())
    }

    pub fn flush_file(&self) -> std::io::Result<()> {
        if let Stream::Writer(w) = &*self.stream.borrow() {
            w.borrow_mut().flush()?;
        }
        Ok(())
    }

    pub fn close(&self) -> std::io::Result<()> {
        self.flush_file()?;
        self.release();
        Ok(())
    }

    /// Drops a file stream, leaving its descriptor open when `closefd` is false.
    fn release(&self) {
        let mut s = self.stream.borrow_mut();
        if matches!(*s, Stream::Stdout | Stream::Stderr | Stream::Stdin) {
            return;
        }
        let old = std::mem::replace(&mut *s, Stream::Closed);
        if self.closefd {
            return;
        }
        match old {
            Stream::Reader(r) => std::mem::forget(r.into_inner().into_inner()),
            Stream::Writer(w) => std::mem::forget(w.into_inner().into_parts().0),
            _ => {}
        }
    }
}

impl Drop for TextIO {
    fn drop(&mut self) {
        if !self.closefd {
            let _ = self.flush_file();
            self.release();
        }
    }
}
