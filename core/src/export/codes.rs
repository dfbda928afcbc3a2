//! The code tables of the FHIR export (`core/data/export/codes.toml`): which CVX code a
//! vaccine is sent with and which LOINC code each measurement. Data, not code, so that a
//! mapping can be corrected (or a new product added) with its source next to it.

use std::sync::LazyLock;

use serde::Deserialize;

use super::ExportError;
use crate::model::LengthPosition;
use crate::schedule::VaccineCode;

const FILE: &str = "core/data/export/codes.toml";
const TEXT: &str = include_str!("../../data/export/codes.toml");

/// One coding: the system, the code and the display the source gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coding {
    pub system: &'static str,
    pub code: &'static str,
    pub display: &'static str,
}

/// What a growth record's value is: the row of the LOINC table it is coded with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    Weight,
    LengthRecumbent,
    /// Standing height, or a length whose position was not recorded.
    LengthStanding,
    Head,
}

impl Measure {
    const ALL: [Measure; 4] = [
        Measure::Weight,
        Measure::LengthRecumbent,
        Measure::LengthStanding,
        Measure::Head,
    ];

    fn index(self) -> usize {
        self as usize
    }

    /// The measure's name in the table (`measure = "…"`).
    pub fn key(self) -> &'static str {
        match self {
            Measure::Weight => "weight",
            Measure::LengthRecumbent => "length_recumbent",
            Measure::LengthStanding => "length_standing",
            Measure::Head => "head",
        }
    }

    /// The length code for a recorded position. Without a position the generic body
    /// height code is the honest one: it covers length and height alike.
    pub fn length(position: Option<LengthPosition>) -> Measure {
        match position {
            Some(LengthPosition::Recumbent) => Measure::LengthRecumbent,
            Some(LengthPosition::Standing) | None => Measure::LengthStanding,
        }
    }
}

/// A LOINC row: the code and the UCUM unit the value is sent in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObservationCode {
    pub coding: Coding,
    pub unit: &'static str,
}

/// The parsed tables.
#[derive(Debug)]
pub struct Codes {
    pub version: &'static str,
    vaccines: Vec<(VaccineCode, Option<&'static str>, Coding)>,
    /// Indexed by [`Measure::index`]; `parse` refuses a table that lacks one.
    observations: [ObservationCode; 4],
}

impl Codes {
    /// The CVX coding of a dose, if the mapping is certain: the brand's own code when
    /// the table has one for it (rotavirus), else the vaccine's.
    pub fn cvx(&self, vaccine: VaccineCode, brand: Option<&str>) -> Option<&Coding> {
        let brand = brand.map(|b| b.trim().to_ascii_lowercase());
        let by_brand = brand.as_deref().and_then(|b| {
            self.vaccines
                .iter()
                .find(|(v, vb, _)| *v == vaccine && *vb == Some(b))
        });
        by_brand
            .or_else(|| {
                self.vaccines
                    .iter()
                    .find(|(v, vb, _)| *v == vaccine && vb.is_none())
            })
            .map(|(_, _, c)| c)
    }

    /// The LOINC code of a measurement.
    pub fn loinc(&self, measure: Measure) -> &ObservationCode {
        &self.observations[measure.index()]
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    schema: u32,
    version: String,
    cvx: CvxTable,
    loinc: LoincTable,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CvxTable {
    system: String,
    vaccine: Vec<CvxRow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CvxRow {
    vaccine: String,
    brand: Option<String>,
    cvx: String,
    display: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LoincTable {
    system: String,
    observation: Vec<LoincRow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LoincRow {
    measure: String,
    code: String,
    display: String,
    unit: String,
}

fn leak(s: String) -> &'static str {
    // Parsed once per process (LazyLock): the strings live as long as the tables.
    Box::leak(s.into_boxed_str())
}

fn data(message: impl Into<String>) -> String {
    message.into()
}

/// The tables from `text`, or what is wrong with them.
fn parse(text: &str) -> Result<Codes, String> {
    let file: File = toml::from_str(text).map_err(|e| data(e.to_string()))?;
    if file.schema != 1 {
        return Err(data(format!("schema {} is not supported", file.schema)));
    }
    let cvx_system = leak(file.cvx.system);
    let mut vaccines = Vec::with_capacity(file.cvx.vaccine.len());
    for row in file.cvx.vaccine {
        let vaccine: VaccineCode = row.vaccine.parse().map_err(|e| data(format!("{e}")))?;
        if row.cvx.is_empty() || !row.cvx.bytes().all(|b| b.is_ascii_digit()) {
            return Err(data(format!(
                "{vaccine}: CVX code {:?} is not a number",
                row.cvx
            )));
        }
        let brand = row.brand.map(|b| leak(b.to_ascii_lowercase()));
        if vaccines
            .iter()
            .any(|(v, b, _)| *v == vaccine && *b == brand)
        {
            return Err(data(format!("{vaccine} is listed twice")));
        }
        vaccines.push((
            vaccine,
            brand,
            Coding {
                system: cvx_system,
                code: leak(row.cvx),
                display: leak(row.display),
            },
        ));
    }
    let loinc_system = leak(file.loinc.system);
    let mut rows: [Option<ObservationCode>; 4] = Default::default();
    for row in file.loinc.observation {
        let measure = Measure::ALL
            .into_iter()
            .find(|m| m.key() == row.measure)
            .ok_or_else(|| data(format!("unknown measure {:?}", row.measure)))?;
        if !["kg", "cm"].contains(&row.unit.as_str()) {
            return Err(data(format!(
                "{}: unit {:?} is not kg or cm",
                row.measure, row.unit
            )));
        }
        rows[measure.index()] = Some(ObservationCode {
            coding: Coding {
                system: loinc_system,
                code: leak(row.code),
                display: leak(row.display),
            },
            unit: leak(row.unit),
        });
    }
    if let Some(i) = rows.iter().position(Option::is_none) {
        let missing = Measure::ALL[i].key();
        return Err(data(format!("no LOINC code for {missing:?}")));
    }
    let [Some(w), Some(lr), Some(ls), Some(h)] = rows else {
        return Err(data("incomplete LOINC table"));
    };
    Ok(Codes {
        version: leak(file.version),
        vaccines,
        observations: [w, lr, ls, h],
    })
}

static CODES: LazyLock<Result<Codes, String>> = LazyLock::new(|| parse(TEXT));

/// The bundled tables, parsed on first use.
pub fn codes() -> Result<&'static Codes, ExportError> {
    CODES.as_ref().map_err(|message| ExportError::CodeTable {
        file: FILE,
        message: message.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_tables_parse() {
        let c = codes().unwrap();
        assert!(c.version.starts_with("export-codes-"));
    }

    #[test]
    fn measurements_get_the_loinc_codes_of_the_vital_signs_profiles() {
        let c = codes().unwrap();
        assert_eq!(c.loinc(Measure::Weight).coding.code, "29463-7");
        assert_eq!(c.loinc(Measure::Weight).unit, "kg");
        assert_eq!(c.loinc(Measure::LengthRecumbent).coding.code, "8306-3");
        assert_eq!(c.loinc(Measure::LengthStanding).coding.code, "8302-2");
        assert_eq!(c.loinc(Measure::Head).coding.code, "9843-4");
        assert_eq!(c.loinc(Measure::Head).unit, "cm");
        assert_eq!(
            Measure::length(Some(LengthPosition::Recumbent)),
            Measure::LengthRecumbent
        );
        assert_eq!(Measure::length(None), Measure::LengthStanding);
    }

    #[test]
    fn the_rotavirus_brand_picks_the_product_code() {
        let c = codes().unwrap();
        let rota = VaccineCode::Rotavirus;
        assert_eq!(c.cvx(rota, Some("Rotarix")).unwrap().code, "119");
        assert_eq!(c.cvx(rota, Some("rotateq")).unwrap().code, "116");
        assert_eq!(c.cvx(rota, None).unwrap().code, "122");
        assert_eq!(c.cvx(rota, Some("unknown")).unwrap().code, "122");
    }

    #[test]
    fn uncertain_mappings_are_left_out() {
        let c = codes().unwrap();
        assert!(c.cvx(VaccineCode::Dt, None).is_none());
        assert!(c.cvx(VaccineCode::RsvMaternal, None).is_none());
        assert_eq!(c.cvx(VaccineCode::DptIpvHib, None).unwrap().code, "120");
        assert_eq!(
            c.cvx(VaccineCode::Bcg, None).unwrap().system,
            "http://hl7.org/fhir/sid/cvx"
        );
    }

    #[test]
    fn a_broken_table_is_refused() {
        let empty = "schema = 1\nversion = \"x\"\n[cvx]\nsystem = \"s\"\nvaccine = []\n\
                     [loinc]\nsystem = \"l\"\nobservation = []\n";
        let err = parse(empty).unwrap_err();
        assert!(err.contains("no LOINC code"), "{err}");
        let bad_cvx = TEXT.replace("cvx = \"19\"", "cvx = \"BCG\"");
        assert!(parse(&bad_cvx).unwrap_err().contains("not a number"));
        assert!(parse("schema = 2").is_err());
    }
}
