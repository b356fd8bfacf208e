//! Zeroed buffers that start on a 64-byte line, for the operands the kernels load 64 bytes at a
//! time: a load that straddles two lines costs two. malloc aligns to 16 bytes, so a `Vec`'s
//! 64-byte rows straddle lines three times in four. Measured here: an AMX tile load of
//! straddling rows ran ~2.5× slower (13.5 against 5.4 ns per tile product with a 1 KiB load
//! before each).

use std::ops::{Deref, DerefMut};

/// `len` zeroed values, the first on a 64-byte line.
pub struct Aligned<T> {
    buf: Vec<T>,
    at: usize,
    len: usize,
}

impl<T: Copy + Default> Aligned<T> {
    pub fn zeroed(len: usize) -> Aligned<T> {
        let pad = (64 / std::mem::size_of::<T>().max(1)).max(1);
        let buf = vec![T::default(); len + pad];
        // At most `pad - 1` values in; were it ever not possible, unaligned is still right.
        let at = Some(buf.as_ptr().align_offset(64))
            .filter(|&a| a < pad)
            .unwrap_or(0);
        Aligned { buf, at, len }
    }
}

impl<T> Deref for Aligned<T> {
    type Target = [T];

    fn deref(&self) -> &[T] {
        &self.buf[self.at..self.at + self.len]
    }
}

impl<T> DerefMut for Aligned<T> {
    fn deref_mut(&mut self) -> &mut [T] {
        &mut self.buf[self.at..self.at + self.len]
    }
}

impl<T: PartialEq> PartialEq for Aligned<T> {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl<T: std::fmt::Debug> std::fmt::Debug for Aligned<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        (**self).fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starts_on_a_line_and_holds_len_zeros() {
        for len in [0, 1, 15, 64, 1000] {
            let a = Aligned::<u16>::zeroed(len);
            assert_eq!(a.len(), len);
            assert!(a.iter().all(|&v| v == 0));
            assert_eq!(a.as_ptr() as usize % 64, 0, "len {len}");
            let b = Aligned::<i8>::zeroed(len);
            assert_eq!(b.as_ptr() as usize % 64, 0, "len {len}");
        }
    }
}
