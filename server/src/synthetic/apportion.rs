//! Splitting a whole number among weighted shares with a ceiling on each: how many
//! municipalities a state gets, how many services a place offers.

/// `total` split in proportion to `weights`, no share above `cap`, rounded by largest remainder
/// (ties to the earlier share). Shares that would pass the ceiling are held at it and the rest is
/// split again among the others. Integer arithmetic, so the result is the same everywhere.
/// When `total` does not fit under the ceilings, the shares add up to less than `total`.
pub fn apportion(total: u64, weights: &[u64], cap: u64) -> Vec<u64> {
    let mut shares = vec![0u64; weights.len()];
    let mut open: Vec<usize> = (0..weights.len()).filter(|i| weights[*i] > 0).collect();
    let mut remaining = total;
    loop {
        let sum: u128 = open.iter().map(|i| u128::from(weights[*i])).sum();
        if sum == 0 {
            return shares;
        }
        let before = open.len();
        open.retain(|i| {
            let over = u128::from(remaining) * u128::from(weights[*i]) >= u128::from(cap) * sum;
            if over {
                shares[*i] = cap;
            }
            !over
        });
        if open.len() == before {
            break;
        }
        remaining = remaining.saturating_sub(cap.saturating_mul((before - open.len()) as u64));
    }
    let sum: u128 = open.iter().map(|i| u128::from(weights[*i])).sum();
    let mut remainders = Vec::with_capacity(open.len());
    let mut given = 0;
    for &i in &open {
        let exact = u128::from(remaining) * u128::from(weights[i]);
        let floor = u64::try_from(exact / sum).unwrap_or(cap);
        shares[i] = floor;
        given += floor;
        remainders.push((exact % sum, i));
    }
    remainders.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    for (_, i) in remainders
        .into_iter()
        .take(usize::try_from(remaining - given).unwrap_or(0))
    {
        shares[i] += 1;
    }
    shares
}

#[cfg(test)]
mod tests {
    use super::apportion;

    #[test]
    fn proportional_with_largest_remainders() {
        assert_eq!(apportion(10, &[1, 1, 1], 100), vec![4, 3, 3]);
        assert_eq!(apportion(100, &[3, 1], 100), vec![75, 25]);
        assert_eq!(apportion(0, &[3, 1], 100), vec![0, 0]);
    }

    #[test]
    fn capped_shares_pass_their_excess_on() {
        assert_eq!(apportion(100, &[98, 1, 1], 50), vec![50, 25, 25]);
        let shares = apportion(1_000, &[1_000, 500, 10, 1, 1], 400);
        assert_eq!(shares.iter().sum::<u64>(), 1_000);
        assert!(shares.iter().all(|s| *s <= 400));
    }

    #[test]
    fn more_than_fits_stops_at_the_ceilings() {
        assert_eq!(apportion(100, &[1, 1], 30), vec![30, 30]);
        assert_eq!(apportion(5, &[0, 0], 30), vec![0, 0]);
    }
}
