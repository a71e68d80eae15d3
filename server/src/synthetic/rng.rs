//! The generator's only source of randomness: SplitMix64, small, fast and the same on every
//! platform, so a seed names one catalogue forever (no `rand`, whose streams may change).

/// Streams drawn from one seed never overlap in practice: each purpose gets its own tag.
pub struct Rng(u64);

const GOLDEN: u64 = 0x9E37_79B9_7F4A_7C15;

fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

impl Rng {
    /// The stream for one purpose (a state's names, a place's services…) under `seed`.
    pub fn stream(seed: u64, tag: u64) -> Rng {
        Rng(mix(seed.wrapping_add(GOLDEN)) ^ mix(tag.wrapping_mul(GOLDEN).wrapping_add(1)))
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(GOLDEN);
        mix(self.0)
    }

    /// A number in `0..n` (0 when `n` is 0); the multiply-shift bias is far below what matters here.
    pub fn below(&mut self, n: u64) -> u64 {
        ((u128::from(self.next_u64()) * u128::from(n)) >> 64) as u64
    }

    /// An index into a slice of `len` items.
    pub fn index(&mut self, len: usize) -> usize {
        usize::try_from(self.below(len as u64)).unwrap_or_default()
    }

    /// True `percent` times in a hundred.
    pub fn percent(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

/// FNV-1a: a stable 64-bit fingerprint, used to remember slugs without keeping them.
pub fn fingerprint(text: &str) -> u64 {
    text.bytes().fold(0xCBF2_9CE4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01B3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_and_tag_give_the_same_stream() {
        let first: Vec<u64> = (0..4)
            .map({
                let mut rng = Rng::stream(7, 3);
                move |_| rng.next_u64()
            })
            .collect();
        let mut again = Rng::stream(7, 3);
        assert!(first.iter().all(|n| *n == again.next_u64()));
        assert_ne!(Rng::stream(7, 4).next_u64(), first[0]);
        assert_ne!(Rng::stream(8, 3).next_u64(), first[0]);
    }

    #[test]
    fn bounded_draws_stay_in_range() {
        let mut rng = Rng::stream(1, 1);
        assert!((0..10_000).all(|_| rng.below(17) < 17));
        assert_eq!(rng.below(0), 0);
    }
}
