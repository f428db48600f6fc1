//! Hashing for values the collection keeps (card ids made from a front,
//! card fingerprints) and for tables keyed by such hashes. Each of these is
//! fixed for good: collections and deck files keep what they give.

use std::hash::BuildHasherDefault;

/// FNV-1a, 64 bits: a stable hash (unlike `DefaultHasher`, which may change
/// between Rust releases) for ids that must survive upgrades.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// A fast 64-bit hash, stable across releases (card fingerprints are kept in
/// the collection): eight bytes at a time, FxHash's step, then the
/// MurmurHash3 finaliser. Each `write` is taken whole, its last word padded
/// with zeros, so callers length-prefix what they write.
pub struct Hash64(u64);

impl Hash64 {
    pub fn new() -> Hash64 {
        Hash64(0)
    }

    pub fn write(&mut self, bytes: &[u8]) {
        let mut words = bytes.chunks_exact(8);
        for w in &mut words {
            self.step(u64::from_le_bytes(w.try_into().expect("eight bytes")));
        }
        let tail = words.remainder();
        if !tail.is_empty() {
            let mut last = [0u8; 8];
            last[..tail.len()].copy_from_slice(tail);
            self.step(u64::from_le_bytes(last));
        }
    }

    fn step(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x517c_c1b7_2722_0a95);
    }

    pub fn finish(&self) -> u64 {
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    }
}

impl Default for Hash64 {
    fn default() -> Hash64 {
        Hash64::new()
    }
}

/// The hash of one string.
pub fn hash_str(s: &str) -> u64 {
    let mut h = Hash64::new();
    h.write(s.as_bytes());
    h.finish()
}

/// For `HashMap`s keyed by a hash already: the key is its own hash.
pub type Prehashed = BuildHasherDefault<Identity>;

#[derive(Default)]
pub struct Identity(u64);

impl std::hash::Hasher for Identity {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}
