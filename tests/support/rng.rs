//! splitmix64, seeded: small, and the same inputs on every run. Shared by the generators of
//! `examples/mutate.rs` and `examples/scale.rs`.
#![allow(dead_code)]

pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    pub fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }
    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
    /// A range inside `0..len`, biased to short ones.
    pub fn range(&mut self, len: usize) -> (usize, usize) {
        let a = self.below(len + 1);
        let max = [16, 256, 4096, len + 1][self.below(4)];
        let b = (a + self.below(max)).min(len);
        (a, b)
    }
}
