//! What a form is, as the apps draw it: the page's fields in order, with their input
//! type, label, help, limits and alerts, in the user's language.

use crate::model::RecordKind;

/// Which part of the handbook a page belongs to (its place in navigation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum HandbookPart {
    /// The mother's pages: her profile, pregnancy, tests, delivery, after the birth.
    Mother,
    /// Each child's pages: newborn period, checkups, growth, vaccinations, teeth.
    Child,
    /// Pages of the family: the partner and the people around the child.
    Family,
}

/// What a record of a form is about, so the app knows what to ask for first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum SubjectKind {
    Child,
    Pregnancy,
    /// A child or a pregnancy (vaccinations, dental checkups, diary entries).
    ChildOrPregnancy,
    /// No one subject: the family's pages, the mother's profile, a new pregnancy
    /// or child.
    Family,
}

/// Who writes a section: the family, or the clinic (the family copies what the
/// doctor, midwife or nurse wrote).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum FilledBy {
    Guardian,
    Clinician,
}

/// What a form saves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum FormTarget {
    /// A typed record of the core (a pregnancy, a growth measurement …).
    Record { kind: RecordKind },
    /// A page entry of the form data ([`crate::model::PageEntry`]).
    Page,
}

/// One option of a choice.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ChoiceOption {
    /// Stable value stored and typed on the CLI.
    pub value: String,
    pub label: String,
}

/// How a field is entered, with its limits.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum FieldInput {
    YesNo,
    /// "When did …?": no, or yes with the date.
    When,
    Date,
    DateTime,
    /// Weeks and days of pregnancy.
    Gestation,
    Number {
        unit: String,
        min: f64,
        max: f64,
        step: f64,
    },
    Integer {
        unit: String,
        min: i64,
        max: i64,
    },
    Choice {
        options: Vec<ChoiceOption>,
    },
    Text {
        max_len: u32,
        multiline: bool,
    },
    /// Photos imported into the handbook (the app picks them with the system picker
    /// and imports each first).
    Photos {
        max: u32,
    },
}

/// What the family must hear at once when a value is entered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum AlertKind {
    /// Call the doctor or the hospital today (stool colour 1–3: biliary atresia).
    ContactDoctorNow,
    /// A gentle suggestion to talk to the city's consultation desk (an EPDS total at
    /// or above the cut-off).
    TalkToDesk,
}

/// A threshold on a number field that raises an alert.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct FieldAlert {
    pub kind: AlertKind,
    /// The alert is raised at or below this value …
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub at_most: Option<f64>,
    /// … or at or above this one.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub at_least: Option<f64>,
    /// The published threshold's source.
    pub source: String,
}

impl FieldAlert {
    pub fn raised_by(&self, value: f64) -> bool {
        self.at_most.is_some_and(|m| value <= m) || self.at_least.is_some_and(|m| value >= m)
    }
}

/// One field of a form.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct FormField {
    /// Stable id: the key of the answer stored.
    pub id: String,
    pub label: String,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub help: Option<String>,
    pub input: FieldInput,
    pub required: bool,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub alert: Option<FieldAlert>,
}

/// A section of a form (the guardian's record and the clinic's record of a checkup
/// page, each baby of a delivery …).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct FormSection {
    pub id: String,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub title: Option<String>,
    pub filled_by: FilledBy,
    /// Where the section is in the source, when it differs from the page's.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub source: Option<String>,
    pub fields: Vec<FormField>,
}

/// A source the form data cites.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct FormSource {
    pub id: String,
    pub title: String,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub url: Option<String>,
    /// How the text was read, when not from the source itself.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub read_via: Option<String>,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub note: Option<String>,
}

/// A form: one page of the handbook, as the core describes it to the apps and the
/// CLI.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Form {
    /// Stable id (`prenatal_checkup`, `checkup_3_4m`, `hearing_screen` …).
    pub id: String,
    pub target: FormTarget,
    pub part: HandbookPart,
    pub subject: SubjectKind,
    /// The page's name as the paper handbook prints it.
    pub title: String,
    /// The page's place in the paper handbook: navigation sorts by it.
    pub order: u32,
    /// Several records of this page per subject (checkups, measurements), or one.
    pub repeatable: bool,
    /// Where the page comes from (the ordinance's form, its edition and page).
    pub source: String,
    pub sections: Vec<FormSection>,
}

impl Form {
    /// Every field, in order.
    pub fn fields(&self) -> impl Iterator<Item = &FormField> {
        self.sections.iter().flat_map(|s| s.fields.iter())
    }

    pub fn field(&self, id: &str) -> Option<&FormField> {
        self.fields().find(|f| f.id == id)
    }
}

impl serde::Serialize for FormTarget {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            FormTarget::Record { kind } => s.serialize_str(kind.as_str()),
            FormTarget::Page => s.serialize_str("page"),
        }
    }
}
