//! The Bayesian average search ranks services by, so that three 5-star ratings do not beat a
//! thousand ratings averaging 4.6.

/// The prior: every service is taken to start with [`PRIOR_WEIGHT`] ratings of [`PRIOR_MEAN`]
/// stars. 3.5 is a little above the middle of the 1–5 scale (people who bother to rate lean
/// positive) and is fixed rather than the site-wide mean, so a service's score changes only
/// when its own ratings do and can be stored with its totals.
pub const PRIOR_MEAN: f64 = 3.5;
/// How many ratings the prior is worth: a service needs about this many of its own before they
/// outweigh it. Ten suits a catalogue where most services get few ratings.
pub const PRIOR_WEIGHT: f64 = 10.0;

/// `(PRIOR_WEIGHT × PRIOR_MEAN + sum of stars) / (PRIOR_WEIGHT + count)`: the prior mean with no
/// ratings, tending to the plain mean as ratings accumulate.
pub fn bayesian_average(stars_sum: u64, count: u64) -> f64 {
    // Counts far beyond any catalogue's still convert exactly enough for a ranking score.
    (PRIOR_WEIGHT * PRIOR_MEAN + stars_sum as f64) / (PRIOR_WEIGHT + count as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn no_ratings_score_the_prior() {
        assert!(close(bayesian_average(0, 0), PRIOR_MEAN));
    }

    #[test]
    fn a_few_perfect_ratings_do_not_beat_many_good_ones() {
        let three_fives = bayesian_average(15, 3);
        let thousand_at_4_6 = bayesian_average(4_600, 1_000);
        assert!(close(three_fives, 50.0 / 13.0), "{three_fives}");
        assert!(
            three_fives < thousand_at_4_6,
            "{three_fives} vs {thousand_at_4_6}"
        );
        assert!(thousand_at_4_6 > 4.58 && thousand_at_4_6 < 4.6);
    }

    #[test]
    fn many_ratings_approach_the_plain_mean_and_few_bad_ones_sink_less() {
        assert!((bayesian_average(2_000_000, 1_000_000) - 2.0).abs() < 1e-4);
        let one_bad = bayesian_average(1, 1);
        assert!(one_bad > 3.0 && one_bad < PRIOR_MEAN, "{one_bad}");
        assert!(bayesian_average(10, 10) < bayesian_average(1, 1));
    }
}
