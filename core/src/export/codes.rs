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

/// A field of a handbook page that LOINC has a code for (the newborn hearing screen
/// of each ear): exported as an Observation besides the page's QuestionnaireResponse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScreenCode {
    /// The page and the choice field, in the form data (`core/data/forms/`).
    pub page: &'static str,
    pub field: &'static str,
    pub coding: Coding,
    /// The page's field that says how the test was done (Observation.method).
    pub method_field: Option<&'static str>,
    /// The page's fields written into the Observation's note (the retest date).
    pub note_fields: Vec<&'static str>,
    /// The LOINC answer of each option of the field; an option without one is sent
    /// as text only.
    pub answers: Vec<(&'static str, Coding)>,
}

impl ScreenCode {
    /// The LOINC answer of an option.
    pub fn answer(&self, option: &str) -> Option<&Coding> {
        self.answers
            .iter()
            .find(|(o, _)| *o == option)
            .map(|(_, c)| c)
    }
}

/// The parsed tables.
#[derive(Debug)]
pub struct Codes {
    pub version: &'static str,
    vaccines: Vec<(VaccineCode, Option<&'static str>, Coding)>,
    /// Indexed by [`Measure::index`]; `parse` refuses a table that lacks one.
    observations: [ObservationCode; 4],
    screens: Vec<ScreenCode>,
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

    /// The LOINC-coded fields of a page, in the table's order.
    pub fn screens(&self, page: &str) -> impl Iterator<Item = &ScreenCode> {
        self.screens.iter().filter(move |s| s.page == page)
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
    #[serde(default)]
    screen: Vec<ScreenRow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ScreenRow {
    page: String,
    field: String,
    code: String,
    display: String,
    method_field: Option<String>,
    #[serde(default)]
    note_fields: Vec<String>,
    answers: Vec<AnswerRow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AnswerRow {
    option: String,
    code: String,
    display: String,
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
    let screens = file
        .loinc
        .screen
        .into_iter()
        .map(|row| screen(row, loinc_system))
        .collect::<Result<Vec<_>, String>>()?;
    Ok(Codes {
        version: leak(file.version),
        vaccines,
        observations: [w, lr, ls, h],
        screens,
    })
}

/// A screen row, checked against the form data: the page, its choice field and every
/// option the row codes must exist, so a renamed field cannot be exported uncoded.
fn screen(row: ScreenRow, system: &'static str) -> Result<ScreenCode, String> {
    let form = crate::forms::form(&row.page, crate::Lang::En)
        .map_err(|_| data(format!("no page {:?} in the form data", row.page)))?;
    let options = match form.field(&row.field).map(|f| &f.input) {
        Some(crate::forms::FieldInput::Choice { options }) => options,
        _ => {
            return Err(data(format!(
                "{}: no choice field {:?}",
                row.page, row.field
            )));
        }
    };
    for f in row.method_field.iter().chain(&row.note_fields) {
        if form.field(f).is_none() {
            return Err(data(format!("{}: no field {f:?}", row.page)));
        }
    }
    let loinc = |code: &str| {
        let ok = code.split_once('-').is_some_and(|(a, b)| {
            let a = a.strip_prefix("LA").unwrap_or(a);
            !a.is_empty()
                && a.bytes().all(|c| c.is_ascii_digit())
                && b.len() == 1
                && b.bytes().all(|c| c.is_ascii_digit())
        });
        if ok {
            Ok(())
        } else {
            Err(data(format!("{code:?} is not a LOINC code")))
        }
    };
    loinc(&row.code)?;
    let mut answers = Vec::new();
    for a in row.answers {
        loinc(&a.code)?;
        if !options.iter().any(|o| o.value == a.option) {
            return Err(data(format!(
                "{}.{}: no option {:?}",
                row.page, row.field, a.option
            )));
        }
        answers.push((
            leak(a.option),
            Coding {
                system,
                code: leak(a.code),
                display: leak(a.display),
            },
        ));
    }
    Ok(ScreenCode {
        page: leak(row.page),
        field: leak(row.field),
        coding: Coding {
            system,
            code: leak(row.code),
            display: leak(row.display),
        },
        method_field: row.method_field.map(leak),
        note_fields: row.note_fields.into_iter().map(leak).collect(),
        answers,
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
    fn the_hearing_screen_of_each_ear_has_its_loinc_code_and_answers() {
        let c = codes().unwrap();
        let ears: Vec<_> = c.screens("hearing_screen").collect();
        assert_eq!(ears.len(), 2);
        let right = ears.iter().find(|s| s.field == "right_ear").unwrap();
        let left = ears.iter().find(|s| s.field == "left_ear").unwrap();
        assert_eq!(right.coding.code, "54109-4");
        assert_eq!(left.coding.code, "54108-6");
        for ear in [right, left] {
            assert_eq!(ear.coding.system, "http://loinc.org");
            assert_eq!(ear.answer("pass").unwrap().code, "LA10392-1");
            assert_eq!(ear.answer("refer").unwrap().code, "LA10393-9");
            assert_eq!(ear.method_field, Some("method"));
            assert_eq!(ear.note_fields, ["retest_date"]);
        }
        assert_eq!(c.screens("stool_color").count(), 0);
    }

    #[test]
    fn a_screen_row_must_match_the_form_data() {
        let renamed = TEXT.replace("field = \"right_ear\"", "field = \"right\"");
        assert!(parse(&renamed).unwrap_err().contains("no choice field"));
        let option = TEXT.replacen("option = \"refer\"", "option = \"fail\"", 1);
        assert!(parse(&option).unwrap_err().contains("no option"));
        let code = TEXT.replace("\"LA10392-1\"", "\"pass\"");
        assert!(parse(&code).unwrap_err().contains("not a LOINC code"));
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
