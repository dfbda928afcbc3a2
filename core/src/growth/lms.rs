//! The LMS method (Cole 1990) that both WHO and the Japanese survey use to smooth their
//! references, and WHO's rule for z-scores beyond ±3 SD.
//!
//! Kept free of tables and dates so the arithmetic can be tested on its own.

/// Box-Cox power (L), median (M) and coefficient of variation (S) at one age or length.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Lms {
    pub l: f64,
    pub m: f64,
    pub s: f64,
}

impl Lms {
    /// Plain LMS z-score: `((y/M)^L − 1) / (L·S)`, or `ln(y/M) / S` when L is 0.
    /// `None` for a value the transformation cannot take (zero, negative, not finite).
    pub fn z_of(self, y: f64) -> Option<f64> {
        if !(y.is_finite() && y > 0.0) {
            return None;
        }
        let z = if self.l.abs() < 1e-12 {
            (y / self.m).ln() / self.s
        } else {
            ((y / self.m).powf(self.l) - 1.0) / (self.l * self.s)
        };
        z.is_finite().then_some(z)
    }

    /// The measurement at z-score `z`: `M·(1 + L·S·z)^(1/L)`, or `M·exp(S·z)` when L is 0.
    /// This is how WHO draws its SD curves and the survey its percentile curves.
    pub fn value_at(self, z: f64) -> f64 {
        if self.l.abs() < 1e-12 {
            self.m * (self.s * z).exp()
        } else {
            self.m * (1.0 + self.l * self.s * z).powf(1.0 / self.l)
        }
    }

    /// Linear interpolation between two neighbouring rows, for lengths measured to more
    /// precision than the 0.1 cm grid of the weight-for-length tables.
    pub fn lerp(self, other: Lms, t: f64) -> Lms {
        Lms {
            l: self.l + (other.l - self.l) * t,
            m: self.m + (other.m - self.m) * t,
            s: self.s + (other.s - self.s) * t,
        }
    }
}

/// A z-score and whether WHO's beyond-±3 rule produced it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ZScore {
    pub z: f64,
    /// True when |z| > 3 on a weight-based indicator and the value was placed by the
    /// SD2–SD3 distance instead of the LMS curve.
    pub extrapolated: bool,
}

/// z-score following WHO, "Computation of centiles and z-scores" (2006).
///
/// Weight-based distributions are right-skewed: the LMS curve compresses the upper
/// tail so much that a very heavy child would get an implausibly modest z. WHO therefore
/// uses the LMS only inside ±3 SD and, beyond, measures the distance from the SD3 curve
/// in units of the SD2–SD3 distance:
/// `z = 3 + (y − SD3pos) / (SD3pos − SD2pos)` above, and
/// `z = −3 + (y − SD3neg) / (SD2neg − SD3neg)` below.
pub fn who_z(lms: Lms, y: f64, weight_based: bool) -> Option<ZScore> {
    let z = lms.z_of(y)?;
    if !weight_based || z.abs() <= 3.0 {
        return Some(ZScore {
            z,
            extrapolated: false,
        });
    }
    let z = if z > 3.0 {
        let sd3 = lms.value_at(3.0);
        let sd23 = sd3 - lms.value_at(2.0);
        3.0 + (y - sd3) / sd23
    } else {
        let sd3 = lms.value_at(-3.0);
        let sd23 = lms.value_at(-2.0) - sd3;
        -3.0 + (y - sd3) / sd23
    };
    Some(ZScore {
        z,
        extrapolated: true,
    })
}

/// The measurement at z-score `z` under WHO's rule: the inverse of [`who_z`], so a curve
/// drawn at z = ±4 lines up with the z reported for a point on it.
pub fn who_value_at(lms: Lms, z: f64, weight_based: bool) -> f64 {
    if !weight_based || z.abs() <= 3.0 {
        return lms.value_at(z);
    }
    if z > 3.0 {
        let sd3 = lms.value_at(3.0);
        sd3 + (z - 3.0) * (sd3 - lms.value_at(2.0))
    } else {
        let sd3 = lms.value_at(-3.0);
        sd3 + (z + 3.0) * (lms.value_at(-2.0) - sd3)
    }
}

/// Standard normal CDF Φ(z), as a percentile in 0..=100.
///
/// Marsaglia's series (J. Stat. Softw. 11(4), 2004): all terms positive for z > 0, so
/// it is accurate to about 1e-15 without an erf from a math library (std has none).
pub fn percentile_of_z(z: f64) -> f64 {
    100.0 * normal_cdf(z)
}

pub fn normal_cdf(z: f64) -> f64 {
    if z.is_nan() {
        return f64::NAN;
    }
    if z < -38.0 {
        return 0.0;
    }
    if z > 38.0 {
        return 1.0;
    }
    if z.abs() > 8.0 {
        // Beyond 8 SD the series needs many terms; use the asymptotic tail instead.
        let tail = (-0.5 * z * z).exp() / (z.abs() * (2.0 * std::f64::consts::PI).sqrt());
        return if z > 0.0 { 1.0 - tail } else { tail };
    }
    let q = z * z;
    let mut sum = z;
    let mut term = z;
    let mut i = 1.0;
    loop {
        i += 2.0;
        term *= q / i;
        let next = sum + term;
        if next == sum {
            break;
        }
        sum = next;
    }
    // ln(sqrt(2π)) = 0.918938533204672741780329736406
    0.5 + sum * (-0.5 * q - 0.918_938_533_204_672_7).exp()
}

/// z of the percentiles the Japanese handbook draws (3, 10, 25, 50, 75, 90, 97):
/// Φ⁻¹(p), to 15 significant digits. Tested against [`normal_cdf`] below.
pub const HANDBOOK_PERCENTILES: [(u8, f64); 7] = [
    (3, -1.880_793_608_151_25),
    (10, -1.281_551_565_544_6),
    (25, -0.674_489_750_196_082),
    (50, 0.0),
    (75, 0.674_489_750_196_082),
    (90, 1.281_551_565_544_6),
    (97, 1.880_793_608_151_25),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normal_cdf_matches_known_values() {
        for (z, p) in [
            (0.0, 0.5),
            (1.0, 0.841_344_746_068_542_9),
            (-1.0, 0.158_655_253_931_457_05),
            (1.959_963_984_540_054, 0.975),
            (-3.0, 0.001_349_898_031_630_094_6),
            (3.0, 0.998_650_101_968_369_9),
            (-5.0, 2.866_515_718_791_939e-7),
        ] {
            let got = normal_cdf(z);
            assert!((got - p).abs() < 1e-13, "Φ({z}) = {got}, expected {p}");
        }
        assert_eq!(normal_cdf(-40.0), 0.0);
        assert_eq!(normal_cdf(40.0), 1.0);
        assert!(normal_cdf(-9.0) > 0.0 && normal_cdf(-9.0) < 1e-18);
    }

    #[test]
    fn handbook_percentile_z_values_invert_the_cdf() {
        for (p, z) in HANDBOOK_PERCENTILES {
            assert!(
                (percentile_of_z(z) - f64::from(p)).abs() < 1e-9,
                "Φ({z}) should be {p}%"
            );
        }
    }

    #[test]
    fn lms_round_trips_including_l_zero() {
        for lms in [
            Lms {
                l: 0.3487,
                m: 3.3464,
                s: 0.14602,
            },
            Lms {
                l: 1.0,
                m: 49.8842,
                s: 0.03795,
            },
            Lms {
                l: 0.0,
                m: 10.0,
                s: 0.1,
            },
            Lms {
                l: -0.3521,
                m: 7.4327,
                s: 0.08217,
            },
        ] {
            for z in [-3.0, -1.5, 0.0, 0.7, 2.0, 3.0] {
                let y = lms.value_at(z);
                assert!((lms.z_of(y).unwrap() - z).abs() < 1e-10, "{lms:?} z={z}");
            }
        }
    }

    #[test]
    fn non_positive_values_have_no_z() {
        let lms = Lms {
            l: 1.0,
            m: 50.0,
            s: 0.04,
        };
        assert_eq!(lms.z_of(0.0), None);
        assert_eq!(lms.z_of(-2.0), None);
        assert_eq!(lms.z_of(f64::NAN), None);
        assert_eq!(lms.z_of(f64::INFINITY), None);
    }

    #[test]
    fn who_rule_inverts() {
        let lms = Lms {
            l: 0.3487,
            m: 3.3464,
            s: 0.14602,
        };
        for z in [-5.5, -4.0, -3.2, -3.0, 0.0, 3.0, 3.7, 6.0] {
            let y = who_value_at(lms, z, true);
            let got = who_z(lms, y, true).unwrap();
            assert!((got.z - z).abs() < 1e-9, "z={z} got {got:?}");
            assert_eq!(got.extrapolated, z.abs() > 3.0 + 1e-9);
        }
    }
}
