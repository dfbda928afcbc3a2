//! The form data files (`core/data/forms/*.toml`, format in its README), compiled
//! in and checked once: ids unique and well formed, every type known, limits sane.
//! A bad file is a build mistake, so the tests load it and the loader panics on it
//! only through [`pages`], whose first call every test makes.

use std::collections::HashSet;
use std::sync::OnceLock;

use serde::Deserialize;

use super::spec::{
    AlertKind, ChoiceOption, FieldAlert, FieldInput, FilledBy, FormField, FormSection,
    HandbookPart, SubjectKind,
};
use crate::Lang;
use crate::model::InfantCheckup;

/// The files, in the order their pages are read.
const FILES: &[(&str, &str)] = &[
    (
        "records.toml",
        include_str!("../../data/forms/records.toml"),
    ),
    (
        "mother-pages.toml",
        include_str!("../../data/forms/mother-pages.toml"),
    ),
    (
        "child-pages.toml",
        include_str!("../../data/forms/child-pages.toml"),
    ),
];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    schema: u32,
    #[serde(default)]
    source: Vec<RawSource>,
    #[serde(default)]
    page: Vec<RawPage>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSource {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub read_via: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawPage {
    pub id: String,
    pub part: HandbookPart,
    pub subject: RawSubject,
    /// The typed record a page of `records.toml` saves.
    #[serde(default)]
    pub record: Option<String>,
    /// The checkup page of the infant checkup record.
    #[serde(default)]
    pub checkup: Option<String>,
    pub order: u32,
    pub title_ja: String,
    pub title_en: String,
    pub source: String,
    #[serde(default)]
    pub source_page: Option<String>,
    #[serde(default)]
    pub since: Option<String>,
    #[serde(default)]
    pub repeatable: bool,
    #[serde(default = "yes")]
    pub dated: bool,
    #[serde(default)]
    pub section: Vec<RawSection>,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum RawSubject {
    Child,
    Pregnancy,
    Family,
    ChildOrPregnancy,
    /// No subject at all (the mother's profile; a new pregnancy or child).
    None,
}

impl RawSubject {
    pub fn kind(self) -> SubjectKind {
        match self {
            RawSubject::Child => SubjectKind::Child,
            RawSubject::Pregnancy => SubjectKind::Pregnancy,
            RawSubject::ChildOrPregnancy => SubjectKind::ChildOrPregnancy,
            RawSubject::Family | RawSubject::None => SubjectKind::Family,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSection {
    pub id: String,
    pub who: FilledBy,
    #[serde(default)]
    pub title_ja: Option<String>,
    #[serde(default)]
    pub title_en: Option<String>,
    #[serde(default)]
    pub source_page: Option<String>,
    #[serde(default)]
    pub field: Vec<RawField>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawField {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub label_ja: String,
    pub label_en: String,
    #[serde(default)]
    pub required: bool,
    #[serde(default)]
    pub help_ja: Option<String>,
    #[serde(default)]
    pub help_en: Option<String>,
    #[serde(default)]
    pub unit: Option<String>,
    #[serde(default)]
    pub min: Option<f64>,
    #[serde(default)]
    pub max: Option<f64>,
    #[serde(default)]
    pub step: Option<f64>,
    #[serde(default)]
    pub options: Vec<RawOption>,
    /// A typed record's choice whose options are the core's own list
    /// (`sex`, `vaccine` …): see `records::options_from`.
    #[serde(default)]
    pub options_from: Option<String>,
    #[serde(default)]
    pub max_len: Option<u32>,
    #[serde(default)]
    pub multiline: bool,
    #[serde(default)]
    pub alert: Option<RawAlert>,
    /// A typed record's field: its path in the record ("birth.weight_kg"); the id
    /// when absent.
    #[serde(default)]
    pub path: Option<String>,
    /// A typed record's field: the core's `Field` its validation errors name.
    #[serde(default)]
    pub core_field: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawOption {
    pub value: String,
    pub ja: String,
    pub en: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawAlert {
    #[serde(default)]
    pub at_most: Option<f64>,
    #[serde(default)]
    pub at_least: Option<f64>,
    pub kind: AlertKind,
    pub source: String,
}

/// Every page of every file, checked.
pub(crate) struct FormData {
    pub sources: Vec<RawSource>,
    pub pages: Vec<RawPage>,
}

/// The form data, loaded on first use.
pub(crate) fn pages() -> &'static FormData {
    static DATA: OnceLock<FormData> = OnceLock::new();
    DATA.get_or_init(|| match load(FILES) {
        Ok(data) => data,
        // The files are compiled in and checked by the tests: a failure here is a
        // build that never passed them.
        Err(e) => panic!("core/data/forms: {e}"),
    })
}

/// Parse and check `files` (name, text).
pub(crate) fn load(files: &[(&str, &str)]) -> Result<FormData, String> {
    let mut sources = Vec::new();
    let mut pages: Vec<RawPage> = Vec::new();
    for (name, text) in files {
        let file: RawFile = toml::from_str(text).map_err(|e| format!("{name}: {e}"))?;
        if file.schema != 1 {
            return Err(format!(
                "{name}: schema {} (this build reads 1)",
                file.schema
            ));
        }
        sources.extend(file.source);
        pages.extend(file.page);
    }
    let source_ids: HashSet<&str> = sources.iter().map(|s| s.id.as_str()).collect();
    let mut page_ids = HashSet::new();
    for page in &pages {
        let at = format!("page {:?}", page.id);
        if !is_id(&page.id) || !page_ids.insert(page.id.as_str()) {
            return Err(format!("{at}: id not snake_case or not unique"));
        }
        if !source_ids.contains(page.source.as_str()) {
            return Err(format!("{at}: unknown source {:?}", page.source));
        }
        if let Some(kind) = &page.record {
            kind.parse::<crate::model::RecordKind>()
                .map_err(|_| format!("{at}: unknown record kind {kind:?}"))?;
        }
        if let Some(code) = &page.checkup {
            code.parse::<InfantCheckup>()
                .map_err(|_| format!("{at}: unknown checkup {code:?}"))?;
        }
        let mut field_ids = HashSet::new();
        let mut section_ids = HashSet::new();
        for section in &page.section {
            if !is_id(&section.id) || !section_ids.insert(section.id.as_str()) {
                return Err(format!("{at}: section {:?} not unique", section.id));
            }
            for field in &section.field {
                let at = format!("{at} field {:?}", field.id);
                if !is_id(&field.id) || !field_ids.insert(field.id.as_str()) {
                    return Err(format!("{at}: id not snake_case or not unique in the page"));
                }
                if field.label_ja.trim().is_empty() || field.label_en.trim().is_empty() {
                    return Err(format!("{at}: a label is empty"));
                }
                input_of(field, Lang::Ja).map_err(|e| format!("{at}: {e}"))?;
            }
        }
    }
    // A checkup page follows the template's lead fields in one form: no id twice.
    if let Some(template) = pages.iter().find(|p| p.id == "infant_checkup") {
        let lead: HashSet<&str> = template
            .section
            .iter()
            .flat_map(|s| s.field.iter().map(|f| f.id.as_str()))
            .collect();
        for page in pages.iter().filter(|p| p.checkup.is_some()) {
            if let Some(f) = page
                .section
                .iter()
                .flat_map(|s| &s.field)
                .find(|f| lead.contains(f.id.as_str()))
            {
                return Err(format!(
                    "page {:?}: field {:?} is one of the checkup template's",
                    page.id, f.id
                ));
            }
        }
    }
    Ok(FormData { sources, pages })
}

fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// The input of a field, in `lang`.
pub(crate) fn input_of(field: &RawField, lang: Lang) -> Result<FieldInput, String> {
    let unit = || field.unit.clone().unwrap_or_default();
    let input = match field.kind.as_str() {
        "yes_no" => FieldInput::YesNo,
        "when" => FieldInput::When,
        "date" => FieldInput::Date,
        "datetime" => FieldInput::DateTime,
        "gestation" => FieldInput::Gestation,
        "number" => {
            let (Some(min), Some(max)) = (field.min, field.max) else {
                return Err("a number needs min and max".into());
            };
            let step = field.step.unwrap_or(1.0);
            if !(min < max && step > 0.0) {
                return Err(format!("bad limits {min}..{max} step {step}"));
            }
            FieldInput::Number {
                unit: unit(),
                min,
                max,
                step,
            }
        }
        "integer" => {
            let (Some(min), Some(max)) = (field.min, field.max) else {
                return Err("an integer needs min and max".into());
            };
            if min >= max || min.fract() != 0.0 || max.fract() != 0.0 {
                return Err(format!("bad limits {min}..{max}"));
            }
            FieldInput::Integer {
                unit: unit(),
                min: min as i64,
                max: max as i64,
            }
        }
        "choice" => {
            let options: Vec<ChoiceOption> = match &field.options_from {
                Some(list) => super::records::options_from(list, lang)
                    .ok_or_else(|| format!("unknown options_from {list:?}"))?,
                None => field
                    .options
                    .iter()
                    .map(|o| ChoiceOption {
                        value: o.value.clone(),
                        label: localized(lang, &o.ja, &o.en).to_string(),
                    })
                    .collect(),
            };
            let mut seen = HashSet::new();
            if options.len() < 2 || !options.iter().all(|o| seen.insert(o.value.clone())) {
                return Err("a choice needs two or more distinct options".into());
            }
            FieldInput::Choice { options }
        }
        "text" => FieldInput::Text {
            max_len: field
                .max_len
                .unwrap_or(crate::model::validate::MAX_TEXT as u32),
            multiline: field.multiline || field.max_len.is_none_or(|m| m > 100),
        },
        "photos" => FieldInput::Photos {
            max: field.max.map_or(20, |m| m as u32),
        },
        other => return Err(format!("unknown type {other:?}")),
    };
    if let Some(alert) = &field.alert
        && !matches!(
            input,
            FieldInput::Integer { .. } | FieldInput::Number { .. }
        )
    {
        let _ = alert;
        return Err("an alert needs a number or an integer field".into());
    }
    Ok(input)
}

/// The text of a form definition in `lang`: a label, title or help of
/// `core/data/forms/*.toml`, which carry their two languages as data (`label_ja`,
/// `label_en`); moving them to the catalogs is a follow-up (#16). The model's lists
/// that forms offer as options (`records::options_from`) still come as pairs too and
/// go through here. This and [`localized_opt`] are the only places in the forms that
/// choose between two texts.
pub(crate) fn localized<'a>(lang: Lang, ja: &'a str, en: &'a str) -> &'a str {
    match lang {
        Lang::Ja => ja,
        _ => en,
    }
}

/// [`localized`] for a text the definition may leave out.
pub(crate) fn localized_opt(
    lang: Lang,
    ja: &Option<String>,
    en: &Option<String>,
) -> Option<String> {
    match lang {
        Lang::Ja => ja.clone(),
        _ => en.clone(),
    }
}

/// A field as the app sees it, in `lang`.
pub(crate) fn field_of(field: &RawField, lang: Lang) -> FormField {
    FormField {
        id: field.id.clone(),
        label: localized(lang, &field.label_ja, &field.label_en).to_string(),
        help: localized_opt(lang, &field.help_ja, &field.help_en),
        // Checked at load.
        input: input_of(field, lang).unwrap_or(FieldInput::Text {
            max_len: 1,
            multiline: false,
        }),
        required: field.required,
        alert: field.alert.as_ref().map(|a| FieldAlert {
            kind: a.kind,
            at_most: a.at_most,
            at_least: a.at_least,
            source: a.source.clone(),
        }),
    }
}

pub(crate) fn section_of(section: &RawSection, lang: Lang) -> FormSection {
    FormSection {
        id: section.id.clone(),
        title: localized_opt(lang, &section.title_ja, &section.title_en),
        filled_by: section.who,
        source: section.source_page.clone(),
        fields: section.field.iter().map(|f| field_of(f, lang)).collect(),
    }
}

/// The page's source, as a line: the source's title, the place in it, the edition.
/// The sources the data cites.
pub(crate) fn sources() -> Vec<super::spec::FormSource> {
    pages()
        .sources
        .iter()
        .map(|s| super::spec::FormSource {
            id: s.id.clone(),
            title: s.title.clone(),
            url: s.url.clone(),
            read_via: s.read_via.clone(),
            note: s.note.clone(),
        })
        .collect()
}

pub(crate) fn source_line(data: &FormData, page: &RawPage, lang: Lang) -> String {
    let title = data
        .sources
        .iter()
        .find(|s| s.id == page.source)
        .map_or(page.source.as_str(), |s| s.title.as_str());
    let mut line = title.to_string();
    if let Some(p) = &page.source_page {
        line.push_str(", ");
        line.push_str(p);
    }
    if let Some(since) = &page.since {
        line.push_str(&crate::t!(
            lang,
            "forms-source-since",
            since = since.as_str()
        ));
    }
    line
}
