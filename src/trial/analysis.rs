//! The experiment's analysis, exactly as the design brief's section (c) states it: per kind of
//! block the cramps and the analysed nights with a check-in; dispersion (phi) from the
//! blocks; a shared Jeffreys-type gamma posterior per kind; the probability that stretching
//! weeks had fewer cramps and the 90% interval of the rate ratio from the incomplete beta;
//! the pair tally; the randomisation test over the 2^k orders; and the verdict with its
//! wording. Pure: counts in, numbers and words out.

use serde::Serialize;

use super::maths::{beta_inc, beta_inc_inv};

/// Cramps and analysed nights with a check-in, in one block.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Count {
    pub(crate) cramps: u32,
    pub(crate) nights: u32,
}

impl Count {
    pub(crate) fn rate(self) -> f64 {
        if self.nights == 0 {
            0.0
        } else {
            f64::from(self.cramps) / f64::from(self.nights)
        }
    }
}

/// One valid pair: its stretching block and its rest block.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct PairCount {
    pub(crate) stretch: Count,
    pub(crate) rest: Count,
}

/// Fewest cramps in all the valid pairs for any verdict but "not enough data".
pub(crate) const CRAMPS_MIN: u32 = 10;

/// The posterior's two numbers for given totals and dispersion: P(stretching weeks had
/// fewer cramps) and the 90% interval of the rate ratio.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Posterior {
    pub(crate) p_fewer: f64,
    pub(crate) interval_90: [f64; 2],
    pub(crate) alpha: [f64; 2],
    pub(crate) beta: [f64; 2],
}

/// Steps 2 to 4 of the analysis: alpha_c = 0.5 + Y_c/phi, beta_c = N_c/phi;
/// P = I_x(alpha_S, alpha_R) with x = beta_S/(beta_S+beta_R); the interval from
/// I_u(alpha_S, alpha_R) = 0.05 and 0.95, RR_q = (beta_R/beta_S) u/(1-u).
pub(crate) fn posterior(stretch: Count, rest: Count, phi: f64) -> Posterior {
    let a_s = 0.5 + f64::from(stretch.cramps) / phi;
    let a_r = 0.5 + f64::from(rest.cramps) / phi;
    let b_s = f64::from(stretch.nights) / phi;
    let b_r = f64::from(rest.nights) / phi;
    let x = b_s / (b_s + b_r);
    let rr = |q: f64| {
        let u = beta_inc_inv(a_s, a_r, q);
        (b_r / b_s) * u / (1.0 - u)
    };
    Posterior {
        p_fewer: beta_inc(a_s, a_r, x),
        interval_90: [rr(0.05), rr(0.95)],
        alpha: [a_s, a_r],
        beta: [b_s, b_r],
    }
}

/// Step 1: X2 = sum over blocks of (y_b - r_c n_b)^2 / (r_c n_b), phi = max(1, X2/(B-2)).
/// A kind without a single cramp adds nothing (every block of it sits at its rate).
pub(crate) fn dispersion(pairs: &[PairCount]) -> (f64, f64) {
    let total = |f: fn(&PairCount) -> Count| {
        pairs.iter().map(f).fold(Count::default(), |a, c| Count {
            cramps: a.cramps + c.cramps,
            nights: a.nights + c.nights,
        })
    };
    let r_s = total(|p| p.stretch).rate();
    let r_r = total(|p| p.rest).rate();
    let mut x2 = 0.0;
    for p in pairs {
        for (c, r) in [(p.stretch, r_s), (p.rest, r_r)] {
            let e = r * f64::from(c.nights);
            if e > 0.0 {
                x2 += (f64::from(c.cramps) - e).powi(2) / e;
            }
        }
    }
    let b = 2 * pairs.len();
    let phi = if b > 2 {
        (x2 / (b - 2) as f64).max(1.0)
    } else {
        1.0
    };
    (x2, phi)
}

/// Step 6: d_j = r_R,j - r_S,j; p = #{s in {+1,-1}^k : sum s_j d_j >= sum d_j} / 2^k.
/// Returns the p and its floor 1/2^k. (Sums equal up to rounding count as equal.)
pub(crate) fn randomisation_p(pairs: &[PairCount]) -> (f64, f64) {
    let d: Vec<f64> = pairs
        .iter()
        .map(|p| p.rest.rate() - p.stretch.rate())
        .collect();
    let k = d.len().min(20);
    let seen: f64 = d[..k].iter().sum();
    let orders = 1u32 << k;
    let mut hits = 0u32;
    for s in 0..orders {
        let sum: f64 = d[..k]
            .iter()
            .enumerate()
            .map(|(j, dj)| if s >> j & 1 == 1 { -dj } else { *dj })
            .sum();
        if sum >= seen - 1e-9 {
            hits += 1;
        }
    }
    (f64::from(hits) / f64::from(orders), 1.0 / f64::from(orders))
}

/// The result's headline: one of four, decided by the rule stated on the plan screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Verdict {
    ClearlyFewer,
    NoClearDifference,
    ClearlyMore,
    NotEnoughData,
}

impl Verdict {
    /// The few words of the verdict in English (the messages `trial-result-verdict` and
    /// `trial-report-verdict` say them; a test checks they agree).
    #[cfg(test)]
    pub(crate) fn words(self) -> &'static str {
        match self {
            Verdict::ClearlyFewer => "clearly fewer cramps in stretching weeks",
            Verdict::NoClearDifference => "no clear difference",
            Verdict::ClearlyMore => "clearly more cramps in stretching weeks",
            Verdict::NotEnoughData => "not enough data",
        }
    }
}

/// Every number of the analysis, named as in `windown trial result --json`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Estimate {
    pub(crate) cramps_stretch: u32,
    pub(crate) nights_stretch: u32,
    pub(crate) cramps_rest: u32,
    pub(crate) nights_rest: u32,
    pub(crate) rate_stretch: f64,
    pub(crate) rate_rest: f64,
    pub(crate) rate_ratio: f64,
    pub(crate) interval_90: [f64; 2],
    pub(crate) p_fewer: f64,
    /// The fragility check for the clinician: P with phi doubled.
    pub(crate) p_fewer_phi_doubled: f64,
    pub(crate) chi_square: f64,
    pub(crate) phi: f64,
    pub(crate) pairs_analysed: u32,
    pub(crate) pairs_favouring_stretch: u32,
    pub(crate) pairs_favouring_rest: u32,
    pub(crate) randomisation_p: f64,
    pub(crate) randomisation_p_floor: f64,
}

/// The analysis of the valid pairs (at least one).
pub(crate) fn estimate(pairs: &[PairCount]) -> Option<Estimate> {
    if pairs.is_empty() {
        return None;
    }
    let mut s = Count::default();
    let mut r = Count::default();
    for p in pairs {
        s.cramps += p.stretch.cramps;
        s.nights += p.stretch.nights;
        r.cramps += p.rest.cramps;
        r.nights += p.rest.nights;
    }
    if s.nights == 0 || r.nights == 0 {
        return None;
    }
    let (chi_square, phi) = dispersion(pairs);
    let post = posterior(s, r, phi);
    let (randomisation_p, randomisation_p_floor) = randomisation_p(pairs);
    let favour = |f: fn(&PairCount) -> bool| pairs.iter().filter(|p| f(p)).count() as u32;
    Some(Estimate {
        cramps_stretch: s.cramps,
        nights_stretch: s.nights,
        cramps_rest: r.cramps,
        nights_rest: r.nights,
        rate_stretch: s.rate(),
        rate_rest: r.rate(),
        rate_ratio: if r.cramps == 0 {
            f64::NAN
        } else {
            s.rate() / r.rate()
        },
        interval_90: post.interval_90,
        p_fewer: post.p_fewer,
        p_fewer_phi_doubled: posterior(s, r, 2.0 * phi).p_fewer,
        chi_square,
        phi,
        pairs_analysed: pairs.len() as u32,
        pairs_favouring_stretch: favour(|p| p.stretch.rate() < p.rest.rate()),
        pairs_favouring_rest: favour(|p| p.rest.rate() < p.stretch.rate()),
        randomisation_p,
        randomisation_p_floor,
    })
}

/// The verdict: gates first (enough valid pairs, at least [`CRAMPS_MIN`] cramps), then
/// clearly fewer if P >= 0.95 and most pairs favour stretching, clearly more if P <= 0.05
/// and most pairs favour rest, otherwise no clear difference.
pub(crate) fn verdict(e: Option<&Estimate>, enough_pairs: bool) -> Verdict {
    let Some(e) = e.filter(|_| enough_pairs) else {
        return Verdict::NotEnoughData;
    };
    if e.cramps_stretch + e.cramps_rest < CRAMPS_MIN {
        return Verdict::NotEnoughData;
    }
    let most = |n: u32| 2 * n > e.pairs_analysed;
    if e.p_fewer >= 0.95 && most(e.pairs_favouring_stretch) {
        Verdict::ClearlyFewer
    } else if e.p_fewer <= 0.05 && most(e.pairs_favouring_rest) {
        Verdict::ClearlyMore
    } else {
        Verdict::NoClearDifference
    }
}

/// A small count as a word ("two"), larger ones as digits.
fn number_word(n: u32) -> String {
    const WORDS: [&str; 11] = [
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    WORDS
        .get(n as usize)
        .map_or_else(|| n.to_string(), |w| (*w).to_string())
}

/// "about 3" cramps a week from a rate per night (whole cramps; "under 1" below a half).
fn about_per_week(rate: f64) -> String {
    let n = (rate * 7.0).round();
    if n < 1.0 {
        "under 1".to_string()
    } else {
        format!("about {n}")
    }
}

/// "Two" from two.
fn capital(word: &str) -> String {
    let mut c = word.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

const NOT_ENOUGH: &str =
    "Too many nights without a check-in (or too few cramps) to compare fairly.";

/// [`wording`] in `m`'s language (`trial-result-*`; English word for word the same): the
/// text output and the screens. The JSON output keeps [`wording`].
pub(crate) fn wording_in(m: &crate::i18n::Messages, v: Verdict, e: Option<&Estimate>) -> String {
    use crate::i18n::Arg;
    let Some(e) = e.filter(|_| v != Verdict::NotEnoughData) else {
        return m.tr("trial-result-not-enough", &[]);
    };
    let week = |rate: f64| (rate * 7.0).round() as u32;
    match v {
        Verdict::NotEnoughData => m.tr("trial-result-not-enough", &[]),
        Verdict::ClearlyFewer => m.tr(
            "trial-result-fewer",
            &[
                ("stretch", Arg::from(week(e.rate_stretch))),
                ("rest", Arg::from(week(e.rate_rest))),
                (
                    "all",
                    Arg::from(if e.pairs_favouring_stretch == e.pairs_analysed {
                        "yes"
                    } else {
                        "no"
                    }),
                ),
                ("favouring", Arg::from(e.pairs_favouring_stretch)),
                ("analysed", Arg::from(e.pairs_analysed)),
            ],
        ),
        Verdict::NoClearDifference => m.tr(
            "trial-result-no-difference",
            &[
                ("stretch", Arg::from(format!("{:.1}", e.rate_stretch * 7.0))),
                ("rest", Arg::from(format!("{:.1}", e.rate_rest * 7.0))),
            ],
        ),
        Verdict::ClearlyMore => m.tr(
            "trial-result-more",
            &[
                ("stretch", Arg::from(week(e.rate_stretch))),
                ("rest", Arg::from(week(e.rate_rest))),
            ],
        ),
    }
}

/// The verdict's key in `trial-result-verdict`.
pub(crate) fn verdict_key(v: Verdict) -> &'static str {
    match v {
        Verdict::ClearlyFewer => "clearly-fewer",
        Verdict::NoClearDifference => "no-clear-difference",
        Verdict::ClearlyMore => "clearly-more",
        Verdict::NotEnoughData => "not-enough-data",
    }
}

/// What the result screen says under the verdict (the brief's section (e), word for word).
pub(crate) fn wording(v: Verdict, e: Option<&Estimate>) -> String {
    let Some(e) = e else {
        return NOT_ENOUGH.to_string();
    };
    match v {
        Verdict::NotEnoughData => NOT_ENOUGH.to_string(),
        Verdict::ClearlyFewer => {
            let tally = if e.pairs_favouring_stretch == e.pairs_analysed {
                format!("All {} of your pairs", number_word(e.pairs_analysed))
            } else {
                format!(
                    "{} of your {} pairs",
                    capital(&number_word(e.pairs_favouring_stretch)),
                    number_word(e.pairs_analysed)
                )
            };
            let s = about_per_week(e.rate_stretch);
            let unit = if s == "about 1" { "cramp" } else { "cramps" };
            format!(
                "In your stretching weeks you had {s} {unit} a week; in your rest weeks {}. \
                 {tally} of weeks pointed the same way. The numbers suggest stretching helps \
                 you, though some of the effect could come from expecting it to, because you \
                 knew which weeks were which. You may want to keep it up. It tells us about \
                 you, these months, not about everyone.",
                about_per_week(e.rate_rest)
            )
        }
        Verdict::NoClearDifference => format!(
            "Stretching and rest weeks came out close (about {:.1} vs {:.1} cramps a week). \
             This test could not tell them apart. That is not proof stretching does nothing for \
             you: a small effect, or one that builds over many weeks, can hide in a test this \
             size. If you like the routine, keep it; you can repeat the test later.",
            e.rate_stretch * 7.0,
            e.rate_rest * 7.0
        ),
        Verdict::ClearlyMore => format!(
            "You had more cramps in stretching weeks ({} a week) than in rest weeks ({}). This \
             may be chance or something else that changed, but stretching did not help you \
             here. Check the stretches are gentle and never painful, and talk to your doctor or \
             physiotherapist, especially if cramps are getting worse.",
            about_per_week(e.rate_stretch),
            about_per_week(e.rate_rest)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn c(cramps: u32, nights: u32) -> Count {
        Count { cramps, nights }
    }

    fn pair(stretch: Count, rest: Count) -> PairCount {
        PairCount { stretch, rest }
    }

    fn r3(x: f64) -> f64 {
        (x * 1000.0).round() / 1000.0
    }

    /// The brief's worked example: pair 1 R 10/11, S 4/11; pair 2 S 7/10, R 6/11; pair 3
    /// R 11/10, S 3/11.
    fn worked() -> Vec<PairCount> {
        vec![
            pair(c(4, 11), c(10, 11)),
            pair(c(7, 10), c(6, 11)),
            pair(c(3, 11), c(11, 10)),
        ]
    }

    #[test]
    fn the_worked_example_to_three_decimals() {
        let e = estimate(&worked()).unwrap();
        assert_eq!((e.cramps_stretch, e.nights_stretch), (14, 32));
        assert_eq!((e.cramps_rest, e.nights_rest), (27, 32));
        assert_eq!(r3(e.rate_stretch), 0.438);
        assert_eq!(r3(e.rate_rest), 0.844);
        assert_eq!(r3(e.rate_ratio), 0.519);
        assert_eq!(r3(e.chi_square), 4.389);
        assert_eq!(r3(e.phi), 1.097);
        let post = posterior(c(14, 32), c(27, 32), e.phi);
        assert_eq!(post.alpha.map(r3), [13.260, 25.108]);
        assert_eq!(post.beta.map(r3), [29.166, 29.166]);
        assert_eq!(r3(e.p_fewer), 0.974);
        assert_eq!(e.interval_90.map(r3), [0.291, 0.905]);
        assert_eq!(e.pairs_favouring_stretch, 2);
        assert_eq!(e.pairs_favouring_rest, 1);
        assert_eq!(e.randomisation_p, 0.25);
        assert_eq!(e.randomisation_p_floor, 0.125);
        // Fragility: phi doubled gives 0.92.
        assert_eq!(r3(e.p_fewer_phi_doubled), 0.916);
        assert_eq!(verdict(Some(&e), true), Verdict::ClearlyFewer);
        // Without enough valid pairs there is no verdict.
        assert_eq!(verdict(Some(&e), false), Verdict::NotEnoughData);
    }

    #[test]
    fn the_two_extra_cases_with_phi_one() {
        let p = posterior(c(20, 32), c(21, 32), 1.0);
        assert_eq!(r3(p.p_fewer), 0.562);
        assert_eq!(
            p.interval_90.map(|x| (x * 100.0).round() / 100.0),
            [0.57, 1.59]
        );
        let p = posterior(c(27, 32), c(15, 33), 1.0);
        assert_eq!(r3(p.p_fewer), 0.025);
        assert_eq!(
            p.interval_90.map(|x| (x * 100.0).round() / 100.0),
            [1.10, 3.18]
        );
    }

    /// An estimate from totals with phi = 1, as the brief's extra cases give them.
    fn from_totals(s: Count, r: Count, favour_s: u32, favour_r: u32) -> Estimate {
        let post = posterior(s, r, 1.0);
        Estimate {
            cramps_stretch: s.cramps,
            nights_stretch: s.nights,
            cramps_rest: r.cramps,
            nights_rest: r.nights,
            rate_stretch: s.rate(),
            rate_rest: r.rate(),
            rate_ratio: s.rate() / r.rate(),
            interval_90: post.interval_90,
            p_fewer: post.p_fewer,
            p_fewer_phi_doubled: posterior(s, r, 2.0).p_fewer,
            chi_square: 0.0,
            phi: 1.0,
            pairs_analysed: 3,
            pairs_favouring_stretch: favour_s,
            pairs_favouring_rest: favour_r,
            randomisation_p: 1.0,
            randomisation_p_floor: 0.125,
        }
    }

    #[test]
    fn the_three_wording_cases() {
        let e = estimate(&worked()).unwrap();
        let v = verdict(Some(&e), true);
        assert_eq!(
            wording(v, Some(&e)),
            "In your stretching weeks you had about 3 cramps a week; in your rest weeks about 6. \
             Two of your three pairs of weeks pointed the same way. The numbers suggest \
             stretching helps you, though some of the effect could come from expecting it to, \
             because you knew which weeks were which. You may want to keep it up. It tells us \
             about you, these months, not about everyone."
        );

        let e = from_totals(c(20, 32), c(21, 32), 2, 1);
        let v = verdict(Some(&e), true);
        assert_eq!(v, Verdict::NoClearDifference);
        assert_eq!(
            wording(v, Some(&e)),
            "Stretching and rest weeks came out close (about 4.4 vs 4.6 cramps a week). This \
             test could not tell them apart. That is not proof stretching does nothing for you: \
             a small effect, or one that builds over many weeks, can hide in a test this size. \
             If you like the routine, keep it; you can repeat the test later."
        );

        let e = from_totals(c(27, 32), c(15, 33), 0, 3);
        let v = verdict(Some(&e), true);
        assert_eq!(v, Verdict::ClearlyMore);
        assert_eq!(
            wording(v, Some(&e)),
            "You had more cramps in stretching weeks (about 6 a week) than in rest weeks (about \
             3). This may be chance or something else that changed, but stretching did not help \
             you here. Check the stretches are gentle and never painful, and talk to your doctor \
             or physiotherapist, especially if cramps are getting worse."
        );

        // Too few cramps in all: not enough data, whatever the numbers.
        let e = from_totals(c(1, 32), c(8, 32), 3, 0);
        assert!(e.p_fewer > 0.95);
        let v = verdict(Some(&e), true);
        assert_eq!(v, Verdict::NotEnoughData);
        assert_eq!(
            wording(v, Some(&e)),
            "Too many nights without a check-in (or too few cramps) to compare fairly."
        );
        // Most pairs must point the same way as P.
        let e = from_totals(c(5, 32), c(27, 32), 1, 2);
        assert_eq!(verdict(Some(&e), true), Verdict::NoClearDifference);
    }

    #[test]
    fn the_randomisation_floor_halves_with_each_pair() {
        let mut pairs = worked();
        for (k, floor) in [(3, 0.125), (4, 0.0625), (5, 0.03125)] {
            pairs.truncate(0);
            pairs.extend((0..k).map(|_| pair(c(2, 11), c(9, 11))));
            let (p, f) = randomisation_p(&pairs);
            assert_eq!((p, f), (floor, floor), "{k} pairs all favouring stretching");
        }
    }

    /// splitmix64: a small seeded generator for the Monte Carlo check.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = self.0;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^ (z >> 31)
        }
        /// In (0, 1).
        fn uniform(&mut self) -> f64 {
            ((self.next() >> 11) as f64 + 0.5) / (1u64 << 53) as f64
        }
        fn normal(&mut self) -> f64 {
            let (u, v) = (self.uniform(), self.uniform());
            (-2.0 * u.ln()).sqrt() * (2.0 * std::f64::consts::PI * v).cos()
        }
        /// Gamma(shape, rate 1), Marsaglia and Tsang (with the boost below shape 1).
        fn gamma(&mut self, shape: f64) -> f64 {
            if shape < 1.0 {
                return self.gamma(shape + 1.0) * self.uniform().powf(1.0 / shape);
            }
            let d = shape - 1.0 / 3.0;
            let c = 1.0 / (9.0 * d).sqrt();
            loop {
                let x = self.normal();
                let v = (1.0 + c * x).powi(3);
                if v <= 0.0 {
                    continue;
                }
                let u = self.uniform();
                if u.ln() < 0.5 * x * x + d - d * v + d * v.ln() {
                    return d * v;
                }
            }
        }
    }

    fn count() -> impl Strategy<Value = Count> {
        (0u32..20, 8u32..12).prop_map(|(cramps, nights)| Count { cramps, nights })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(12))]

        /// P and the interval agree with a seeded Monte Carlo of the same model (lambda_c ~
        /// Gamma(alpha_c, rate beta_c)) within 0.01: the share of draws with lambda_S <
        /// lambda_R is P, and the shares of draws of lambda_S/lambda_R under the interval's
        /// ends are 0.05 and 0.95.
        #[test]
        fn p_and_interval_match_a_monte_carlo(
            pairs in proptest::collection::vec((count(), count()), 3..5),
            seed in any::<u64>(),
        ) {
            let pairs: Vec<PairCount> = pairs.into_iter().map(|(s, r)| pair(s, r)).collect();
            prop_assume!(pairs.iter().any(|p| p.stretch.cramps + p.rest.cramps > 0));
            let e = estimate(&pairs).unwrap();
            let post = posterior(
                c(e.cramps_stretch, e.nights_stretch),
                c(e.cramps_rest, e.nights_rest),
                e.phi,
            );
            let mut rng = Rng(seed);
            let draws = 100_000;
            let (mut fewer, mut below_lo, mut below_hi) = (0u32, 0u32, 0u32);
            for _ in 0..draws {
                let ls = rng.gamma(post.alpha[0]) / post.beta[0];
                let lr = rng.gamma(post.alpha[1]) / post.beta[1];
                fewer += u32::from(ls < lr);
                below_lo += u32::from(ls / lr < e.interval_90[0]);
                below_hi += u32::from(ls / lr < e.interval_90[1]);
            }
            let share = |n: u32| f64::from(n) / f64::from(draws);
            prop_assert!((share(fewer) - e.p_fewer).abs() < 0.01, "P {} vs MC {}", e.p_fewer, share(fewer));
            prop_assert!((share(below_lo) - 0.05).abs() < 0.01, "lower end {}", share(below_lo));
            prop_assert!((share(below_hi) - 0.95).abs() < 0.01, "upper end {}", share(below_hi));
        }
    }

    #[test]
    fn the_wording_in_english_messages_is_the_briefs_word_for_word() {
        let en = crate::i18n::Messages::builtin("en");
        let est = |rs: f64, rr: f64, fav: u32, n: u32| Estimate {
            cramps_stretch: 0,
            nights_stretch: 0,
            cramps_rest: 0,
            nights_rest: 0,
            rate_stretch: rs,
            rate_rest: rr,
            rate_ratio: 0.5,
            interval_90: [0.3, 0.8],
            p_fewer: 0.97,
            p_fewer_phi_doubled: 0.9,
            chi_square: 1.0,
            phi: 1.0,
            pairs_analysed: n,
            pairs_favouring_stretch: fav,
            pairs_favouring_rest: n - fav,
            randomisation_p: 0.125,
            randomisation_p_floor: 0.125,
        };
        let verdicts = [
            Verdict::ClearlyFewer,
            Verdict::NoClearDifference,
            Verdict::ClearlyMore,
            Verdict::NotEnoughData,
        ];
        for e in [
            est(0.05, 0.4, 3, 3),
            est(0.15, 0.5, 2, 3),
            est(0.5, 0.05, 1, 4),
            est(1.0, 2.0, 12, 12),
            est(0.3, 0.3, 0, 11),
        ] {
            for v in verdicts {
                assert_eq!(
                    wording_in(&en, v, Some(&e)),
                    wording(v, Some(&e)),
                    "{v:?} {e:?}"
                );
            }
        }
        assert_eq!(
            wording_in(&en, Verdict::NotEnoughData, None),
            wording(Verdict::NotEnoughData, None)
        );
        for v in verdicts {
            assert_eq!(
                en.tr(
                    "trial-result-verdict",
                    &[("verdict", crate::i18n::Arg::from(verdict_key(v)))]
                ),
                format!("Result: {}.", v.words())
            );
        }
    }
}
