//! Small statistics toolkit for the harness.
//!
//! Everything here works on plain `&[f64]` samples. Medians and min/max summarise one cell of
//! the table; the geometric mean combines per-program ratios (the only mean that is fair to
//! ratios: a 2x win and a 2x loss cancel out); Welch's t-test, with a two-sided p-value from the
//! Student t distribution (regularised incomplete beta, Lentz continued fraction), decides whether
//! a difference between two saved runs is significant. Welch rather than Student because two
//! runtimes or two builds rarely have the same variance.

/// Arithmetic mean; `NaN` for an empty sample.
pub fn mean(xs: &[f64]) -> f64 {
    if xs.is_empty() {
        return f64::NAN;
    }
    xs.iter().sum::<f64>() / xs.len() as f64
}

/// Sample standard deviation (n - 1 denominator); 0 for fewer than two values.
pub fn stdev(xs: &[f64]) -> f64 {
    if xs.len() < 2 {
        return 0.0;
    }
    let m = mean(xs);
    let ss: f64 = xs.iter().map(|x| (x - m) * (x - m)).sum();
    (ss / (xs.len() - 1) as f64).sqrt()
}

fn sorted(xs: &[f64]) -> Vec<f64> {
    let mut v = xs.to_vec();
    v.sort_by(|a, b| a.total_cmp(b));
    v
}

/// Median (mean of the two middle values for an even count); `NaN` for an empty sample.
pub fn median(xs: &[f64]) -> f64 {
    percentile(xs, 50.0)
}

/// Linear-interpolated percentile, `p` in [0, 100].
pub fn percentile(xs: &[f64], p: f64) -> f64 {
    if xs.is_empty() {
        return f64::NAN;
    }
    let v = sorted(xs);
    let rank = (p / 100.0).clamp(0.0, 1.0) * (v.len() - 1) as f64;
    let lo = rank.floor() as usize;
    let hi = rank.ceil() as usize;
    v[lo] + (v[hi] - v[lo]) * (rank - lo as f64)
}

pub fn min(xs: &[f64]) -> f64 {
    xs.iter().copied().fold(f64::NAN, f64::min)
}

pub fn max(xs: &[f64]) -> f64 {
    xs.iter().copied().fold(f64::NAN, f64::max)
}

/// Geometric mean of positive values; `NaN` if the slice is empty or holds a non-positive value.
pub fn geomean(xs: &[f64]) -> f64 {
    if xs.is_empty() || xs.iter().any(|&x| x <= 0.0 || !x.is_finite()) {
        return f64::NAN;
    }
    (xs.iter().map(|x| x.ln()).sum::<f64>() / xs.len() as f64).exp()
}

/// Steady-state time of an inner-iteration run: the median of the second half of the
/// iterations (the first half is treated as warm-up). With one iteration, that iteration.
pub fn steady_state(iters: &[f64]) -> f64 {
    if iters.is_empty() {
        return f64::NAN;
    }
    let start = iters.len() / 2;
    median(&iters[start..])
}

/// Result of Welch's two-sample t-test.
#[derive(Debug, Clone, Copy)]
pub struct TTest {
    pub t: f64,
    pub df: f64,
    /// Two-sided p-value.
    pub p: f64,
}

/// Welch's t-test of `a` against `b`. `None` when either sample has fewer than two values or
/// both have zero variance and equal means (nothing to test).
pub fn welch_t_test(a: &[f64], b: &[f64]) -> Option<TTest> {
    if a.len() < 2 || b.len() < 2 {
        return None;
    }
    let (ma, mb) = (mean(a), mean(b));
    let va = stdev(a).powi(2) / a.len() as f64;
    let vb = stdev(b).powi(2) / b.len() as f64;
    let se2 = va + vb;
    if se2 == 0.0 {
        if ma == mb {
            return None;
        }
        // Two constant samples with different values: infinitely significant.
        return Some(TTest {
            t: f64::INFINITY,
            df: (a.len() + b.len() - 2) as f64,
            p: 0.0,
        });
    }
    let t = (ma - mb) / se2.sqrt();
    let df = se2 * se2 / (va * va / (a.len() - 1) as f64 + vb * vb / (b.len() - 1) as f64);
    let p = student_t_two_sided_p(t, df);
    Some(TTest { t, df, p })
}

/// Two-sided p-value of Student's t distribution with `df` degrees of freedom:
/// P(|T| >= |t|) = I_{df/(df+t^2)}(df/2, 1/2).
pub fn student_t_two_sided_p(t: f64, df: f64) -> f64 {
    if !t.is_finite() {
        return 0.0;
    }
    let x = df / (df + t * t);
    regularized_incomplete_beta(x, df / 2.0, 0.5).clamp(0.0, 1.0)
}

fn ln_gamma(x: f64) -> f64 {
    // Lanczos approximation (g = 7, n = 9), accurate to ~1e-15 for x > 0.
    const G: f64 = 7.0;
    const C: [f64; 9] = [
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
    if x < 0.5 {
        let pi = std::f64::consts::PI;
        return (pi / (pi * x).sin()).ln() - ln_gamma(1.0 - x);
    }
    let x = x - 1.0;
    let mut a = C[0];
    let t = x + G + 0.5;
    for (i, c) in C.iter().enumerate().skip(1) {
        a += c / (x + i as f64);
    }
    0.5 * (2.0 * std::f64::consts::PI).ln() + (x + 0.5) * t.ln() - t + a.ln()
}

/// Regularised incomplete beta function I_x(a, b).
pub fn regularized_incomplete_beta(x: f64, a: f64, b: f64) -> f64 {
    if x <= 0.0 {
        return 0.0;
    }
    if x >= 1.0 {
        return 1.0;
    }
    let ln_front = ln_gamma(a + b) - ln_gamma(a) - ln_gamma(b) + a * x.ln() + b * (1.0 - x).ln();
    let front = ln_front.exp();
    // The continued fraction converges fast for x < (a + 1) / (a + b + 2); use symmetry otherwise.
    if x < (a + 1.0) / (a + b + 2.0) {
        front * beta_cf(x, a, b) / a
    } else {
        1.0 - front * beta_cf(1.0 - x, b, a) / b
    }
}

fn beta_cf(x: f64, a: f64, b: f64) -> f64 {
    const TINY: f64 = 1e-300;
    let mut c = 1.0;
    let mut d = 1.0 - (a + b) * x / (a + 1.0);
    if d.abs() < TINY {
        d = TINY;
    }
    d = 1.0 / d;
    let mut h = d;
    for m in 1..300 {
        let m = m as f64;
        let m2 = 2.0 * m;
        let aa = m * (b - m) * x / ((a + m2 - 1.0) * (a + m2));
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
        let aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1.0));
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
        if (del - 1.0).abs() < 1e-15 {
            break;
        }
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, tol: f64) -> bool {
        (a - b).abs() <= tol
    }

    #[test]
    fn median_odd_even_and_percentiles() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(&[4.0, 1.0, 3.0, 2.0]), 2.5);
        assert_eq!(percentile(&[1.0, 2.0, 3.0, 4.0, 5.0], 0.0), 1.0);
        assert_eq!(percentile(&[1.0, 2.0, 3.0, 4.0, 5.0], 100.0), 5.0);
        assert_eq!(percentile(&[1.0, 2.0, 3.0, 4.0, 5.0], 25.0), 2.0);
        assert!(median(&[]).is_nan());
    }

    #[test]
    fn mean_stdev_min_max() {
        let xs = [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0];
        assert_eq!(mean(&xs), 5.0);
        // sample stdev of this classic set is sqrt(32/7)
        assert!(close(stdev(&xs), (32.0f64 / 7.0).sqrt(), 1e-12));
        assert_eq!(min(&xs), 2.0);
        assert_eq!(max(&xs), 9.0);
        assert_eq!(stdev(&[1.0]), 0.0);
    }

    #[test]
    fn geomean_of_ratios() {
        assert!(close(geomean(&[2.0, 0.5]), 1.0, 1e-12));
        assert!(close(geomean(&[1.0, 4.0, 16.0]), 4.0, 1e-12));
        assert!(geomean(&[1.0, 0.0]).is_nan());
        assert!(geomean(&[]).is_nan());
    }

    #[test]
    fn steady_state_ignores_first_half() {
        assert_eq!(steady_state(&[10.0, 5.0, 1.0, 1.2, 0.8, 1.0]), 1.0);
        assert_eq!(steady_state(&[3.0]), 3.0);
    }

    #[test]
    fn student_t_matches_tables() {
        // Two-sided 95% critical values: t(10) = 2.228, t(1) = 12.706, t(30) = 2.042.
        assert!(close(student_t_two_sided_p(2.228_138_85, 10.0), 0.05, 1e-6));
        assert!(close(student_t_two_sided_p(12.706_204_7, 1.0), 0.05, 1e-6));
        assert!(close(student_t_two_sided_p(2.042_272_46, 30.0), 0.05, 1e-6));
        assert!(close(student_t_two_sided_p(0.0, 5.0), 1.0, 1e-12));
        assert!(close(
            student_t_two_sided_p(-2.228_138_85, 10.0),
            0.05,
            1e-6
        ));
    }

    #[test]
    fn welch_detects_real_differences_only() {
        let a = [1.00, 1.01, 0.99, 1.02, 0.98, 1.00];
        let b = [1.20, 1.21, 1.19, 1.22, 1.18, 1.20];
        let r = welch_t_test(&a, &b).unwrap();
        assert!(r.p < 1e-6, "p = {}", r.p);
        assert!(r.t < 0.0);
        let c = [1.01, 0.99, 1.00, 1.02, 0.98, 1.00];
        let r = welch_t_test(&a, &c).unwrap();
        assert!(r.p > 0.5, "p = {}", r.p);
        assert!(welch_t_test(&[1.0], &b).is_none());
        // Welch-Satterthwaite df for equal variances and sizes is 2n - 2.
        assert!(close(welch_t_test(&a, &b).unwrap().df, 10.0, 1e-9));
    }
}
