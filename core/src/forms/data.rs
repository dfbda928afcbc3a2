//! The form data files (`core/data/forms/*.toml`, format in the structs below), compiled
//! in and checked once: ids unique and well formed, every type known, limits sane, every
//! word in every shipped catalog. A bad file is a build mistake, so the tests load it
//! and the loader panics on it only through [`pages`], whose first call every test makes.
//!
//! The definitions hold no words: a page's title, a section's title, a field's label,
//! help and unit and a choice's option labels are messages of the catalogs
//! (`core/data/text/<lang>.ftl`, section `form-pages`), named by the definition's ids,
//! which are kept as written (snake_case; `-` and `--` join them, and no id has a `-`,
//! so no two names meet):
//!
//! | message                            | text                                         |
//! |------------------------------------|----------------------------------------------|
//! | `form-<page>`                      | the page's title                             |
//! | `form-<page>--section-<section>`   | a section's title, if it has one             |
//! | `form-<page>--<field>`             | a field's label; `.help`, `.unit` attributes |
//! | `form-<page>--<field>--<option>`   | an option of a choice field                  |
//!
//! Field ids are unique in a page, so a field's name is unique; a section may share its
//! id with a field (`vaccination`'s section and field `dose`), hence `section-`. A
//! section's title, a field's help and unit are optional: the catalogs decide, and a
//! catalog that has one where another has not is a load error, as is a missing label,
//! title or option. The names are computed, so the catalog test cannot see them in the
//! code: `forms::tests` checks instead that the catalogs have exactly the `form-…`
//! messages the definitions name.

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
pub(crate) const FILES: &[(&str, &str)] = &[
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
    /// Its title's message (`form-<page>`), set when loaded.
    #[serde(skip)]
    pub text_id: String,
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
    pub source_page: Option<String>,
    #[serde(default)]
    pub field: Vec<RawField>,
    /// Its title's message (`form-<page>--section-<section>`), set when loaded.
    #[serde(skip)]
    pub text_id: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawField {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub required: bool,
    #[serde(default)]
    pub min: Option<f64>,
    #[serde(default)]
    pub max: Option<f64>,
    #[serde(default)]
    pub step: Option<f64>,
    /// A choice's option values (stored; each one's label is a message).
    #[serde(default)]
    pub options: Vec<String>,
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
    /// Its label's message (`form-<page>--<field>`), set when loaded.
    #[serde(skip)]
    pub text_id: String,
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
    DATA.get_or_init(|| match load(FILES, &crate::text::has) {
        Ok(data) => data,
        // The files are compiled in and checked by the tests: a failure here is a
        // build that never passed them.
        Err(e) => panic!("core/data/forms: {e}"),
    })
}

/// Parse and check `files` (name, text) against the catalogs, which `has(lang, id)`
/// asks (a message or `message.attribute` in that language's own catalog).
pub(crate) fn load(
    files: &[(&str, &str)],
    has: &dyn Fn(Lang, &str) -> bool,
) -> Result<FormData, String> {
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
    for page in &mut pages {
        page.text_id = page_text_id(&page.id);
        for section in &mut page.section {
            section.text_id = section_text_id(&page.id, &section.id);
            for field in &mut section.field {
                field.text_id = field_text_id(&page.id, &field.id);
            }
        }
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
                if let Some(o) = field.options.iter().find(|o| !is_option(o)) {
                    return Err(format!("{at}: option {o:?} not of a-z, 0-9 and _"));
                }
                input_of(field, Lang::Ja).map_err(|e| format!("{at}: {e}"))?;
            }
        }
        check_words(page, has)?;
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

/// Every message of the page's words in every shipped catalog: a title, a label, an
/// option each; a section's title, a field's help and unit in all or none.
fn check_words(page: &RawPage, has: &dyn Fn(Lang, &str) -> bool) -> Result<(), String> {
    let required = |id: &str| match Lang::SHIPPED.iter().find(|l| !has(**l, id)) {
        Some(l) => Err(format!(
            "page {:?}: message {id} missing in the {} catalog",
            page.id,
            l.code()
        )),
        None => Ok(()),
    };
    let optional = |id: &str| {
        let n = Lang::SHIPPED.iter().filter(|l| has(**l, id)).count();
        if n == 0 || n == Lang::SHIPPED.len() {
            Ok(n > 0)
        } else {
            required(id).map(|()| true)
        }
    };
    required(&page.text_id)?;
    for section in &page.section {
        optional(&section.text_id)?;
        for field in &section.field {
            required(&field.text_id)?;
            optional(&format!("{}.help", field.text_id))?;
            let unit = optional(&format!("{}.unit", field.text_id))?;
            if unit && !matches!(field.kind.as_str(), "number" | "integer") {
                return Err(format!(
                    "page {:?}: {}.unit on a field of type {} (numbers only)",
                    page.id, field.text_id, field.kind
                ));
            }
            for o in &field.options {
                required(&option_text_id(field, o))?;
            }
        }
    }
    Ok(())
}

/// The message of a page's title.
pub(crate) fn page_text_id(page: &str) -> String {
    format!("form-{page}")
}

/// The message of a section's title.
pub(crate) fn section_text_id(page: &str, section: &str) -> String {
    format!("form-{page}--section-{section}")
}

/// The message of a field's label (with its `.help` and `.unit`).
pub(crate) fn field_text_id(page: &str, field: &str) -> String {
    format!("form-{page}--{field}")
}

/// The message of a choice field's option.
pub(crate) fn option_text_id(field: &RawField, option: &str) -> String {
    format!("{}--{option}", field.text_id)
}

/// An option value: stored, and part of a message id.
fn is_option(value: &str) -> bool {
    !value.is_empty()
        && value
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
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
    let unit = || text_of(lang, &format!("{}.unit", field.text_id)).unwrap_or_default();
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
                        value: o.clone(),
                        label: crate::text::format(lang, &option_text_id(field, o), &[]),
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

/// A definition's message in `lang`, if the catalog has it (checked at load: the
/// catalogs agree on which of the optional ones exist).
fn text_of(lang: Lang, id: &str) -> Option<String> {
    crate::text::has(lang, id).then(|| crate::text::format(lang, id, &[]))
}

/// A page's title in `lang`.
pub(crate) fn title_of(page: &RawPage, lang: Lang) -> String {
    crate::text::format(lang, &page.text_id, &[])
}

/// A field as the app sees it, in `lang`.
pub(crate) fn field_of(field: &RawField, lang: Lang) -> FormField {
    FormField {
        id: field.id.clone(),
        label: crate::text::format(lang, &field.text_id, &[]),
        help: text_of(lang, &format!("{}.help", field.text_id)),
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
        title: text_of(lang, &section.text_id),
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
