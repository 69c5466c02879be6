//! Bounded output capture: keeps the head and the tail of a byte stream in fixed memory.

use std::collections::VecDeque;

/// Collects a job's output in at most `cap` bytes of memory: the first half of the cap
/// is kept as the head, the last half as a ring buffer for the tail. The total number of
/// bytes seen is counted exactly.
#[derive(Debug)]
pub(crate) struct Capture {
    head: Vec<u8>,
    head_cap: usize,
    tail: VecDeque<u8>,
    tail_cap: usize,
    total: u64,
}

impl Capture {
    /// A capture that keeps at most `cap` bytes (head: `cap / 2`, tail: the rest).
    pub(crate) fn new(cap: usize) -> Capture {
        let head_cap = cap / 2;
        let tail_cap = cap - head_cap;
        Capture {
            head: Vec::new(),
            head_cap,
            tail: VecDeque::new(),
            tail_cap,
            total: 0,
        }
    }

    /// Appends a chunk of output.
    pub(crate) fn push(&mut self, mut chunk: &[u8]) {
        self.total = self.total.saturating_add(chunk.len() as u64);
        let room = self.head_cap - self.head.len();
        if room > 0 {
            let take = room.min(chunk.len());
            self.head.extend_from_slice(&chunk[..take]);
            chunk = &chunk[take..];
        }
        if chunk.is_empty() || self.tail_cap == 0 {
            return;
        }
        if chunk.len() >= self.tail_cap {
            self.tail.clear();
            self.tail.extend(&chunk[chunk.len() - self.tail_cap..]);
            return;
        }
        let overflow = (self.tail.len() + chunk.len()).saturating_sub(self.tail_cap);
        self.tail.drain(..overflow);
        self.tail.extend(chunk);
    }

    /// Total bytes pushed so far.
    #[cfg(test)]
    pub(crate) fn total(&self) -> u64 {
        self.total
    }

    /// Bytes currently held (never more than the cap).
    #[cfg(test)]
    pub(crate) fn held(&self) -> usize {
        self.head.len() + self.tail.len()
    }

    /// The kept output (head, then a marker line when bytes were dropped, then tail),
    /// whether it was truncated, and the total byte count.
    pub(crate) fn finish(self) -> (Vec<u8>, bool, u64) {
        let kept = (self.head.len() + self.tail.len()) as u64;
        let omitted = self.total.saturating_sub(kept);
        let mut out = self.head;
        let truncated = omitted > 0;
        if truncated {
            out.extend_from_slice(
                format!("\n…[jobctl: {} omitted]…\n", human_bytes(omitted)).as_bytes(),
            );
        }
        let (a, b) = self.tail.as_slices();
        out.extend_from_slice(a);
        out.extend_from_slice(b);
        (out, truncated, self.total)
    }
}

/// `812 bytes`, `3.5 KiB`, `48.2 MiB`, `1.0 GiB`.
pub(crate) fn human_bytes(n: u64) -> String {
    const UNITS: [&str; 4] = ["KiB", "MiB", "GiB", "TiB"];
    if n < 1024 {
        return if n == 1 {
            "1 byte".to_string()
        } else {
            format!("{n} bytes")
        };
    }
    let mut value = n as f64 / 1024.0;
    let mut unit = UNITS[0];
    for next in &UNITS[1..] {
        if value < 1024.0 {
            break;
        }
        value /= 1024.0;
        unit = next;
    }
    format!("{value:.1} {unit}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(cap: usize, chunks: &[&[u8]]) -> (Vec<u8>, bool, u64) {
        let mut c = Capture::new(cap);
        for ch in chunks {
            c.push(ch);
        }
        c.finish()
    }

    #[test]
    fn small_output_is_kept_whole() {
        let (out, trunc, total) = run(10, &[b"abc", b"defg", b"hij"]);
        assert_eq!(out, b"abcdefghij");
        assert!(!trunc);
        assert_eq!(total, 10);
    }

    #[test]
    fn empty_output() {
        assert_eq!(run(10, &[]), (Vec::new(), false, 0));
    }

    #[test]
    fn keeps_head_and_tail_with_marker() {
        let (out, trunc, total) = run(6, &[b"0123", b"456789", b"ab"]);
        assert!(trunc);
        assert_eq!(total, 12);
        assert_eq!(out, "012\n…[jobctl: 6 bytes omitted]…\n9ab".as_bytes());
    }

    #[test]
    fn chunk_larger_than_tail_replaces_it() {
        let (out, _, _) = run(4, &[b"ab", b"cdefghij"]);
        assert_eq!(out, "ab\n…[jobctl: 6 bytes omitted]…\nij".as_bytes());
    }

    #[test]
    fn byte_by_byte_matches_bulk() {
        let data: Vec<u8> = (0..1000u32).map(|i| (i % 251) as u8).collect();
        let mut c = Capture::new(100);
        for b in &data {
            c.push(std::slice::from_ref(b));
        }
        assert_eq!(c.finish(), run(100, &[&data]));
    }

    #[test]
    fn odd_cap_gives_extra_byte_to_tail() {
        let (out, _, _) = run(5, &[b"0123456789"]);
        assert_eq!(out, "01\n…[jobctl: 5 bytes omitted]…\n789".as_bytes());
    }

    #[test]
    fn zero_cap_keeps_only_marker() {
        let (out, trunc, total) = run(0, &[b"hello"]);
        assert!(trunc);
        assert_eq!(total, 5);
        assert_eq!(out, "\n…[jobctl: 5 bytes omitted]…\n".as_bytes());
    }

    #[test]
    fn memory_stays_bounded() {
        let mut c = Capture::new(1 << 20);
        let chunk = vec![b'x'; 65536];
        for _ in 0..800 {
            c.push(&chunk);
            assert!(c.held() <= 1 << 20);
        }
        assert_eq!(c.total(), 800 * 65536);
        assert!(c.head.capacity() <= 1 << 20);
        assert!(c.tail.capacity() <= 2 << 20);
    }

    #[test]
    fn human_sizes() {
        assert_eq!(human_bytes(0), "0 bytes");
        assert_eq!(human_bytes(1), "1 byte");
        assert_eq!(human_bytes(1023), "1023 bytes");
        assert_eq!(human_bytes(1536), "1.5 KiB");
        assert_eq!(human_bytes(50_000_000 - (1 << 20)), "46.7 MiB");
        assert_eq!(human_bytes(3 << 30), "3.0 GiB");
    }
}
