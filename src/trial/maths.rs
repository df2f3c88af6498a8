//! The two special functions the experiment's analysis needs, written here rather than taken
//! from a statistics crate: the log-gamma function (Lanczos) and the regularised incomplete
//! beta function (Lentz's continued fraction), with its inverse by bisection.
//!
//! Pure and total: arguments out of their domain give NaN (never a panic or a hang); every
//! loop has a fixed bound.
//!
//! `ln`, `exp` and `sin` come from the `libm` crate, not the C library's libm: `windown` then
//! does not load libm.so at all (its three functions cost about 0.3 MB resident in every run,
//! issue 24).

/// Lanczos coefficients (g = 7, n = 9), as published by Godfrey; about 15 correct digits.
const LANCZOS_G: f64 = 7.0;
const LANCZOS: [f64; 9] = [
    0.999_999_999_999_809_9,
    676.520_368_121_885_1,
    -1_259.139_216_722_402_8,
    771.323_428_777_653_1,
    -176.615_029_162_140_6,
    12.507_343_278_686_905,
    -0.138_571_095_265_720_12,
    9.984_369_578_019_572e-6,
    1.505_632_735_149_311_6e-7,
];

/// ln |Γ(x)| for x > 0 (NaN otherwise).
pub(crate) fn ln_gamma(x: f64) -> f64 {
    if x.is_nan() || x <= 0.0 || x.is_infinite() {
        return f64::NAN;
    }
    if x < 0.5 {
        // Reflection: Γ(x) Γ(1-x) = π / sin(πx); here sin(πx) > 0.
        let pi = std::f64::consts::PI;
        return libm::log(pi / libm::sin(pi * x)) - ln_gamma(1.0 - x);
    }
    let x = x - 1.0;
    let mut a = LANCZOS[0];
    let t = x + LANCZOS_G + 0.5;
    for (i, c) in LANCZOS.iter().enumerate().skip(1) {
        a += c / (x + i as f64);
    }
    0.5 * libm::log(2.0 * std::f64::consts::PI) + (x + 0.5) * libm::log(t) - t + libm::log(a)
}

/// The continued fraction of the incomplete beta (modified Lentz), good for
/// x < (a + 1) / (a + b + 2).
fn beta_fraction(a: f64, b: f64, x: f64) -> f64 {
    const TINY: f64 = 1e-300;
    const EPS: f64 = 1e-15;
    let (qab, qap, qam) = (a + b, a + 1.0, a - 1.0);
    let mut c = 1.0;
    let mut d = 1.0 - qab * x / qap;
    if d.abs() < TINY {
        d = TINY;
    }
    d = 1.0 / d;
    let mut h = d;
    for m in 1..=500 {
        let m = f64::from(m);
        let m2 = 2.0 * m;
        let aa = m * (b - m) * x / ((qam + m2) * (a + m2));
        d = 1.0 + aa * d;
        if d.abs() < TINY {
            d = TINY;
        }
        c = 1.0 + aa / c;
        if c.abs() < TINY {
            c = TINY;
        }
        d = 1.0 / d;
        h *= d * c;
        let aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1.0 + aa * d;
        if d.abs() < TINY {
            d = TINY;
        }
        c = 1.0 + aa / c;
        if c.abs() < TINY {
            c = TINY;
        }
        d = 1.0 / d;
        let del = d * c;
        h *= del;
        if (del - 1.0).abs() < EPS {
            break;
        }
    }
    h
}

/// Finite positive shapes and a point (or probability) in [0, 1].
fn in_domain(a: f64, b: f64, x: f64) -> bool {
    a.is_finite() && b.is_finite() && a > 0.0 && b > 0.0 && (0.0..=1.0).contains(&x)
}

/// The regularised incomplete beta I_x(a, b), for a, b > 0 and 0 <= x <= 1 (NaN otherwise):
/// the probability that a Beta(a, b) variable is at most x.
pub(crate) fn beta_inc(a: f64, b: f64, x: f64) -> f64 {
    if !in_domain(a, b, x) {
        return f64::NAN;
    }
    if x == 0.0 {
        return 0.0;
    }
    if x == 1.0 {
        return 1.0;
    }
    let ln_front =
        ln_gamma(a + b) - ln_gamma(a) - ln_gamma(b) + a * libm::log(x) + b * libm::log(1.0 - x);
    let front = libm::exp(ln_front);
    if x < (a + 1.0) / (a + b + 2.0) {
        (front * beta_fraction(a, b, x) / a).clamp(0.0, 1.0)
    } else {
        (1.0 - front * beta_fraction(b, a, 1.0 - x) / b).clamp(0.0, 1.0)
    }
}

/// The u in [0, 1] with I_u(a, b) = q, by bisection (I is increasing in u): 200 halvings,
/// far below f64's resolution. NaN for arguments out of their domain.
pub(crate) fn beta_inc_inv(a: f64, b: f64, q: f64) -> f64 {
    if !in_domain(a, b, q) {
        return f64::NAN;
    }
    let (mut lo, mut hi) = (0.0_f64, 1.0_f64);
    for _ in 0..200 {
        let mid = 0.5 * (lo + hi);
        if mid <= lo || mid >= hi {
            break;
        }
        if beta_inc(a, b, mid) < q {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    0.5 * (lo + hi)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn close(a: f64, b: f64, tol: f64) -> bool {
        (a - b).abs() <= tol * (1.0 + b.abs())
    }

    #[test]
    fn ln_gamma_at_known_values() {
        let pi = std::f64::consts::PI;
        let known = [
            (1.0, 0.0),
            (2.0, 0.0),
            (0.5, 0.5 * pi.ln()),
            (1.5, (0.5 * pi.sqrt()).ln()),
            (10.0, 362_880.0_f64.ln()),
            (0.1, 2.252_712_651_734_206),
            (3.7, 1.428_072_326_665_388),
            (100.0, 359.134_205_369_575_4),
            (1e-3, 6.907_178_885_383_853),
        ];
        for (x, want) in known {
            assert!(
                close(ln_gamma(x), want, 1e-12),
                "ln_gamma({x}) = {}",
                ln_gamma(x)
            );
        }
        assert!(ln_gamma(0.0).is_nan());
        assert!(ln_gamma(-1.0).is_nan());
        assert!(ln_gamma(f64::NAN).is_nan());
    }

    #[test]
    fn incomplete_beta_at_known_values() {
        // From mpmath's betainc(a, b, 0, x, regularized=True).
        let known = [
            (
                13.259_913_197_869_402,
                25.108_404_024_462_416,
                0.5,
                0.974_441_749_397_968_7,
            ),
            (20.5, 21.5, 0.5, 0.561_925_605_641_870_9),
            (
                27.5,
                15.5,
                0.492_307_692_307_692_34,
                0.024_974_949_576_568_184,
            ),
            (2.0, 3.0, 0.4, 0.5248),
            (0.5, 0.5, 0.25, 1.0 / 3.0),
        ];
        for (a, b, x, want) in known {
            let got = beta_inc(a, b, x);
            assert!(
                close(got, want, 1e-10),
                "I_{x}({a}, {b}) = {got}, want {want}"
            );
        }
        assert_eq!(beta_inc(2.0, 3.0, 0.0), 0.0);
        assert_eq!(beta_inc(2.0, 3.0, 1.0), 1.0);
        assert!(beta_inc(0.0, 3.0, 0.5).is_nan());
        assert!(beta_inc(2.0, 3.0, 1.5).is_nan());
        assert!(beta_inc(2.0, f64::INFINITY, 0.5).is_nan());
    }

    /// I_x(a, b) for whole a, b: the binomial sum of the brief, exact.
    fn binomial_sum(a: u32, b: u32, x: f64) -> f64 {
        let n = a + b - 1;
        (a..=n)
            .map(|j| {
                let ln_c = ln_gamma(f64::from(n) + 1.0)
                    - ln_gamma(f64::from(j) + 1.0)
                    - ln_gamma(f64::from(n - j) + 1.0);
                ln_c.exp() * x.powi(j as i32) * (1.0 - x).powi((n - j) as i32)
            })
            .sum()
    }

    proptest! {
        #[test]
        fn ln_gamma_steps_by_ln_x(x in 0.01f64..200.0) {
            prop_assert!(close(ln_gamma(x + 1.0), ln_gamma(x) + x.ln(), 1e-11));
        }

        #[test]
        fn whole_shapes_match_the_binomial_sum(a in 1u32..40, b in 1u32..40, x in 0.001f64..0.999) {
            let got = beta_inc(f64::from(a), f64::from(b), x);
            let want = binomial_sum(a, b, x);
            prop_assert!((got - want).abs() < 1e-10, "I_{}({}, {}) = {} vs {}", x, a, b, got, want);
        }

        #[test]
        fn symmetry_and_order(a in 0.05f64..80.0, b in 0.05f64..80.0, x in 0.0f64..1.0, y in 0.0f64..1.0) {
            let i = beta_inc(a, b, x);
            prop_assert!((0.0..=1.0).contains(&i));
            prop_assert!((i + beta_inc(b, a, 1.0 - x) - 1.0).abs() < 1e-10);
            let (lo, hi) = if x < y { (x, y) } else { (y, x) };
            prop_assert!(beta_inc(a, b, lo) <= beta_inc(a, b, hi) + 1e-12);
            // Closed forms: I_x(a, 1) = x^a and I_x(1, b) = 1 - (1-x)^b.
            prop_assert!((beta_inc(a, 1.0, x) - x.powf(a)).abs() < 1e-10);
            prop_assert!((beta_inc(1.0, b, x) - (1.0 - (1.0 - x).powf(b))).abs() < 1e-10);
            prop_assert!((beta_inc(a, a, 0.5) - 0.5).abs() < 1e-10);
        }

        #[test]
        fn the_inverse_undoes_the_function(a in 0.5f64..80.0, b in 0.5f64..80.0, q in 0.01f64..0.99) {
            let u = beta_inc_inv(a, b, q);
            prop_assert!((beta_inc(a, b, u) - q).abs() < 1e-9);
        }
    }
}
