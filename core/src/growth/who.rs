//! The WHO Child Growth Standards (2006), 0–5 years, as LMS parameters by day of age or
//! by 0.1 cm of length/height.
//!
//! The CSVs in `core/data/growth/who/` are bundled with `include_str!` so the app needs
//! no file access and no network to score a measurement; they are parsed once, on first
//! use. A parse failure cannot happen with the shipped files (a test proves it), but if
//! it ever did it becomes a [`GrowthError::Data`] for the caller, never a panic across
//! the FFI.

use std::sync::LazyLock;

use super::GrowthError;
use super::lms::Lms;
use crate::model::Sex;

const WEIGHT_FOR_AGE: &str = include_str!("../../data/growth/who/weight_for_age.csv");
const LENGTH_HEIGHT_FOR_AGE: &str = include_str!("../../data/growth/who/length_height_for_age.csv");
const HEAD_FOR_AGE: &str = include_str!("../../data/growth/who/head_circumference_for_age.csv");
const BMI_FOR_AGE: &str = include_str!("../../data/growth/who/bmi_for_age.csv");
const WEIGHT_FOR_LENGTH: &str = include_str!("../../data/growth/who/weight_for_length.csv");
const WEIGHT_FOR_HEIGHT: &str = include_str!("../../data/growth/who/weight_for_height.csv");

/// WHO switches from recumbent length to standing height at 2 years = day 731.
pub const STANDING_FROM_DAYS: i64 = 731;

/// One indicator's table for both sexes on an evenly spaced x axis (day or 0.1 cm).
#[derive(Debug)]
pub struct LmsTable {
    pub file: &'static str,
    /// x of the first row.
    pub x0: f64,
    /// Distance between rows: 1 day or 0.1 cm.
    pub step: f64,
    male: Vec<Lms>,
    female: Vec<Lms>,
}

impl LmsTable {
    fn rows(&self, sex: Sex) -> &[Lms] {
        match sex {
            Sex::Male => &self.male,
            Sex::Female => &self.female,
        }
    }

    /// x of the last row.
    pub fn x_max(&self) -> f64 {
        self.x0 + self.step * (self.male.len().saturating_sub(1)) as f64
    }

    /// LMS at `x`, interpolated linearly between rows (WHO's own software does the same
    /// for lengths between the 0.1 cm rows). `None` outside the table.
    pub fn at(&self, sex: Sex, x: f64) -> Option<Lms> {
        let rows = self.rows(sex);
        let pos = (x - self.x0) / self.step;
        // Snap values that are a rounding error away from a row (65.3 cm → row 203).
        let nearest = pos.round();
        let pos = if (pos - nearest).abs() < 1e-6 {
            nearest
        } else {
            pos
        };
        if !pos.is_finite() || pos < 0.0 || pos > (rows.len() - 1) as f64 {
            return None;
        }
        let i = pos.floor() as usize;
        let t = pos - i as f64;
        if t == 0.0 || i + 1 >= rows.len() {
            return rows.get(i).copied();
        }
        Some(rows[i].lerp(rows[i + 1], t))
    }
}

/// All six WHO tables.
#[derive(Debug)]
pub struct WhoTables {
    pub weight_for_age: LmsTable,
    pub length_height_for_age: LmsTable,
    pub head_for_age: LmsTable,
    pub bmi_for_age: LmsTable,
    pub weight_for_length: LmsTable,
    pub weight_for_height: LmsTable,
}

static TABLES: LazyLock<Result<WhoTables, GrowthError>> = LazyLock::new(parse_all);

/// The bundled tables, parsed on first use.
pub fn tables() -> Result<&'static WhoTables, GrowthError> {
    TABLES.as_ref().map_err(Clone::clone)
}

fn parse_all() -> Result<WhoTables, GrowthError> {
    Ok(WhoTables {
        weight_for_age: parse("weight_for_age.csv", WEIGHT_FOR_AGE, "age_days", 1.0)?,
        length_height_for_age: parse(
            "length_height_for_age.csv",
            LENGTH_HEIGHT_FOR_AGE,
            "age_days",
            1.0,
        )?,
        head_for_age: parse(
            "head_circumference_for_age.csv",
            HEAD_FOR_AGE,
            "age_days",
            1.0,
        )?,
        bmi_for_age: parse("bmi_for_age.csv", BMI_FOR_AGE, "age_days", 1.0)?,
        weight_for_length: parse("weight_for_length.csv", WEIGHT_FOR_LENGTH, "length_cm", 0.1)?,
        weight_for_height: parse("weight_for_height.csv", WEIGHT_FOR_HEIGHT, "height_cm", 0.1)?,
    })
}

/// Parses `sex,<x>,L,M,S` and checks that each sex's x runs from the same start in
/// steps of `step` without a gap, so that lookups can index rows by arithmetic.
pub(crate) fn parse(
    file: &'static str,
    text: &str,
    x_column: &str,
    step: f64,
) -> Result<LmsTable, GrowthError> {
    let err = |line: usize, message: String| GrowthError::Data {
        file,
        line,
        message,
    };
    let mut lines = text.lines().enumerate();
    let expected_header = format!("sex,{x_column},L,M,S");
    match lines.next() {
        Some((_, h)) if h.trim_start_matches('\u{feff}').trim() == expected_header => {}
        Some((_, h)) => {
            return Err(err(
                1,
                format!("header {h:?}, expected {expected_header:?}"),
            ));
        }
        None => return Err(err(1, "empty file".into())),
    }
    let mut male: Vec<(f64, Lms)> = Vec::new();
    let mut female: Vec<(f64, Lms)> = Vec::new();
    for (i, line) in lines {
        let n = i + 1;
        if line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split(',').map(str::trim).collect();
        if cols.len() != 5 {
            return Err(err(n, format!("{} columns, expected 5", cols.len())));
        }
        let num = |k: usize| -> Result<f64, GrowthError> {
            cols[k]
                .parse::<f64>()
                .ok()
                .filter(|v| v.is_finite())
                .ok_or_else(|| {
                    err(
                        n,
                        format!("column {} is not a number: {:?}", k + 1, cols[k]),
                    )
                })
        };
        let x = num(1)?;
        let lms = Lms {
            l: num(2)?,
            m: num(3)?,
            s: num(4)?,
        };
        if lms.m <= 0.0 || lms.s <= 0.0 {
            return Err(err(n, "M and S must be positive".into()));
        }
        match cols[0] {
            "male" => male.push((x, lms)),
            "female" => female.push((x, lms)),
            other => return Err(err(n, format!("unknown sex {other:?}"))),
        }
    }
    let check = |rows: &[(f64, Lms)], sex: &str| -> Result<f64, GrowthError> {
        let first = rows
            .first()
            .ok_or_else(|| err(0, format!("no rows for {sex}")))?
            .0;
        for (k, (x, _)) in rows.iter().enumerate() {
            let expected = first + step * k as f64;
            if (x - expected).abs() > step * 1e-3 {
                return Err(err(
                    0,
                    format!("{sex} row {k}: x = {x}, expected {expected} (gap or disorder)"),
                ));
            }
        }
        Ok(first)
    };
    let x0 = check(&male, "male")?;
    let x0f = check(&female, "female")?;
    if x0 != x0f || male.len() != female.len() {
        return Err(err(0, "male and female rows cover different ranges".into()));
    }
    Ok(LmsTable {
        file,
        x0,
        step,
        male: male.into_iter().map(|(_, l)| l).collect(),
        female: female.into_iter().map(|(_, l)| l).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_tables_parse_and_cover_the_documented_ranges() {
        let t = tables().expect("bundled WHO tables parse");
        for table in [
            &t.weight_for_age,
            &t.length_height_for_age,
            &t.head_for_age,
            &t.bmi_for_age,
        ] {
            assert_eq!(table.x0, 0.0, "{}", table.file);
            assert_eq!(table.x_max(), 1856.0, "{}", table.file);
        }
        assert_eq!(t.weight_for_length.x0, 45.0);
        assert!((t.weight_for_length.x_max() - 110.0).abs() < 1e-9);
        assert_eq!(t.weight_for_height.x0, 65.0);
        assert!((t.weight_for_height.x_max() - 120.0).abs() < 1e-9);
    }

    #[test]
    fn lookups_hit_rows_exactly_and_interpolate_between() {
        let t = tables().unwrap();
        let first = t.weight_for_age.at(Sex::Male, 0.0).unwrap();
        assert_eq!(
            first,
            Lms {
                l: 0.3487,
                m: 3.3464,
                s: 0.14602
            }
        );
        // 65.3 cm is a row, even though 65 + 3 × 0.1 is not exactly 65.3 in binary.
        assert_eq!(t.weight_for_height.at(Sex::Male, 65.3).unwrap().m, 7.5034);
        let a = t.weight_for_height.at(Sex::Male, 65.0).unwrap();
        let b = t.weight_for_height.at(Sex::Male, 65.1).unwrap();
        let mid = t.weight_for_height.at(Sex::Male, 65.05).unwrap();
        assert!((mid.m - (a.m + b.m) / 2.0).abs() < 1e-12);
        assert!(t.weight_for_height.at(Sex::Male, 64.9).is_none());
        assert!(t.weight_for_age.at(Sex::Female, 1857.0).is_none());
        assert!(t.weight_for_age.at(Sex::Female, -1.0).is_none());
    }

    #[test]
    fn malformed_files_are_typed_errors() {
        let bad_header = parse("x.csv", "sex,age,L,M,S\n", "age_days", 1.0).unwrap_err();
        assert!(matches!(bad_header, GrowthError::Data { line: 1, .. }));
        let bad_number = parse(
            "x.csv",
            "sex,age_days,L,M,S\nmale,0,1,abc,0.1\n",
            "age_days",
            1.0,
        )
        .unwrap_err();
        assert!(matches!(bad_number, GrowthError::Data { line: 2, .. }));
        let gap = parse(
            "x.csv",
            "sex,age_days,L,M,S\nmale,0,1,3,0.1\nmale,2,1,3,0.1\nfemale,0,1,3,0.1\nfemale,1,1,3,0.1\n",
            "age_days",
            1.0,
        )
        .unwrap_err();
        assert!(gap.to_string().contains("gap"), "{gap}");
    }
}
