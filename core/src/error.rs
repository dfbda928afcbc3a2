//! Errors of the handbook core.
//!
//! Two layers, as in application-services: [`ValidationError`] says what is wrong
//! with what the user typed, in words a parent understands (English by `Display`,
//! Japanese by [`ValidationError::message_ja`]); [`HandbookError`] adds what can go
//! wrong with the file itself. Every variant carries the context needed to act on it.

use chrono::NaiveDate;
use std::path::PathBuf;
use uuid::Uuid;

use crate::model::RecordKind;
use crate::problem::{ErrorKind, Problem};

/// A field of a record, named for messages and for a form to highlight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Field {
    Name,
    BirthDate,
    Lmp,
    DueDate,
    Fetuses,
    Date,
    NextVisit,
    Weight,
    PrePregnancyWeight,
    Height,
    Length,
    Head,
    Chest,
    BloodPressureSystolic,
    BloodPressureDiastolic,
    FundalHeight,
    AbdominalGirth,
    GestationalAge,
    Apgar,
    BirthOrder,
    Dose,
    Teeth,
    Caries,
    Text,
    Question,
    Photos,
    Subjects,
    DeliveredAt,
    Newborns,
    /// Blood loss at delivery (出血量).
    BloodLoss,
    /// A record's id (a UUID).
    RecordId,
    /// A timeline position handed back by the app.
    Cursor,
}

impl Field {
    pub fn label_en(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::BirthDate => "birth date",
            Field::Lmp => "last menstrual period",
            Field::DueDate => "due date",
            Field::Fetuses => "number of babies",
            Field::Date => "date",
            Field::NextVisit => "next visit",
            Field::Weight => "weight",
            Field::PrePregnancyWeight => "weight before pregnancy",
            Field::Height => "height",
            Field::Length => "length",
            Field::Head => "head circumference",
            Field::Chest => "chest circumference",
            Field::BloodPressureSystolic => "systolic blood pressure",
            Field::BloodPressureDiastolic => "diastolic blood pressure",
            Field::FundalHeight => "fundal height",
            Field::AbdominalGirth => "abdominal girth",
            Field::GestationalAge => "gestational age",
            Field::Apgar => "Apgar score",
            Field::BirthOrder => "birth order",
            Field::Dose => "dose number",
            Field::Teeth => "number of teeth",
            Field::Caries => "number of cavities",
            Field::Text => "text",
            Field::Question => "question",
            Field::Photos => "photos",
            Field::Subjects => "who it is about",
            Field::DeliveredAt => "time of birth",
            Field::Newborns => "babies",
            Field::BloodLoss => "blood loss",
            Field::RecordId => "record id",
            Field::Cursor => "timeline position",
        }
    }

    pub fn label_ja(self) -> &'static str {
        match self {
            Field::Name => "名前",
            Field::BirthDate => "生年月日",
            Field::Lmp => "最終月経開始日",
            Field::DueDate => "出産予定日",
            Field::Fetuses => "胎児数",
            Field::Date => "日付",
            Field::NextVisit => "次回受診日",
            Field::Weight => "体重",
            Field::PrePregnancyWeight => "妊娠前の体重",
            Field::Height => "身長",
            Field::Length => "身長",
            Field::Head => "頭囲",
            Field::Chest => "胸囲",
            Field::BloodPressureSystolic => "最高血圧",
            Field::BloodPressureDiastolic => "最低血圧",
            Field::FundalHeight => "子宮底長",
            Field::AbdominalGirth => "腹囲",
            Field::GestationalAge => "妊娠週数",
            Field::Apgar => "アプガースコア",
            Field::BirthOrder => "出生順位",
            Field::Dose => "接種回数",
            Field::Teeth => "歯の数",
            Field::Caries => "むし歯の数",
            Field::Text => "本文",
            Field::Question => "質問",
            Field::Photos => "写真",
            Field::Subjects => "対象",
            Field::DeliveredAt => "出生日時",
            Field::Newborns => "赤ちゃん",
            Field::BloodLoss => "出血量",
            Field::RecordId => "記録のID",
            Field::Cursor => "記録の表示位置",
        }
    }

    /// How a well-formed value of this field is written, for an argument error.
    pub fn format_hint_en(self) -> &'static str {
        match self {
            Field::DeliveredAt => "; write it as 2025-10-03T14:25",
            Field::GestationalAge => "; write it as weeks+days, e.g. 38+2",
            Field::RecordId => " (a UUID)",
            Field::Cursor => "; start again from the first page",
            Field::Date | Field::BirthDate | Field::Lmp | Field::DueDate | Field::NextVisit => {
                "; write it as YYYY-MM-DD, e.g. 2025-10-03"
            }
            _ => "",
        }
    }

    pub fn format_hint_ja(self) -> &'static str {
        match self {
            Field::DeliveredAt => "（2025-10-03T14:25 のように入力してください）",
            Field::GestationalAge => "（38+2 のように 週+日 で入力してください）",
            Field::RecordId => "",
            Field::Cursor => "（最初のページからやり直してください）",
            Field::Date | Field::BirthDate | Field::Lmp | Field::DueDate | Field::NextVisit => {
                "（2025-10-03 のように入力してください）"
            }
            _ => "",
        }
    }
}

/// What is wrong with a value the user entered. Nothing is written when one occurs.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ValidationError {
    #[error("The {} is empty. Please fill it in.", field.label_en())]
    Required { field: Field },

    #[error("The {} is too long ({len} characters; at most {max}).", field.label_en())]
    TooLong {
        field: Field,
        len: usize,
        max: usize,
    },

    #[error("The {} {date} is in the future (today is {today}).", field.label_en())]
    DateInFuture {
        field: Field,
        date: NaiveDate,
        today: NaiveDate,
    },

    #[error("The {} {date} is before the birth date {birth}.", field.label_en())]
    BeforeBirth {
        field: Field,
        date: NaiveDate,
        birth: NaiveDate,
    },

    #[error("The {} {date} is before this pregnancy began ({start}).", field.label_en())]
    BeforePregnancy {
        field: Field,
        date: NaiveDate,
        start: NaiveDate,
    },

    #[error("The {} {date} is before the {} {other_date}.", field.label_en(), other.label_en())]
    BeforeOther {
        field: Field,
        date: NaiveDate,
        other: Field,
        other_date: NaiveDate,
    },

    #[error("The {} {date} is too far from today ({today}) to be right. Please check the year.", field.label_en())]
    ImplausibleDate {
        field: Field,
        date: NaiveDate,
        today: NaiveDate,
    },

    #[error("A {} of {value} {unit} is not possible {context} (expected {min}–{max} {unit}). Please check the number and the decimal point.", field.label_en())]
    OutOfRange {
        field: Field,
        value: f64,
        min: f64,
        max: f64,
        unit: &'static str,
        /// "for a newborn", "for a child of 2 years", "" …
        context: String,
    },

    #[error(
        "The blood pressure {systolic}/{diastolic} has the lower value above the upper one. Please check the order."
    )]
    BloodPressureOrder { systolic: u16, diastolic: u16 },

    #[error(
        "The last menstrual period ({lmp}) and the due date ({due}) are {days} days apart from what they should be; one of them is likely mistyped."
    )]
    DatingMismatch {
        lmp: NaiveDate,
        due: NaiveDate,
        days: i64,
    },

    #[error(
        "Enter the last menstrual period or the due date, so the weeks of pregnancy can be counted."
    )]
    NoDating,

    #[error("Enter at least one of weight, length or head circumference.")]
    NoMeasurement,

    #[error("Choose who this entry is about (a pregnancy or a child).")]
    NoSubject,

    #[error("Unknown {what} {value:?}. Use one of: {}.", valid.join(", "))]
    UnknownCode {
        what: &'static str,
        value: String,
        valid: Vec<String>,
    },

    #[error("{vaccine} dose {dose} does not exist (the series has at most {max} doses).")]
    DoseOutOfRange {
        vaccine: &'static str,
        dose: u32,
        max: u32,
    },

    #[error("{what} can only be recorded for {expected}.")]
    WrongSubject {
        what: &'static str,
        expected: &'static str,
    },

    #[error("This pregnancy was recorded with {expected} baby(ies), but the delivery lists {got}.")]
    NewbornCount { expected: u8, got: usize },

    #[error("This pregnancy already has a delivery record; edit that one instead.")]
    AlreadyDelivered { pregnancy: Uuid },

    #[error("The photo {reference:?} is not in this handbook; import it first.")]
    UnknownPhoto { reference: String },

    #[error("Gestational age {ga} at birth is outside 22w0d–45w0d; please check it.")]
    BirthGestationalAge { ga: String },

    /// An answer on a page of the form data (`crate::forms`), by the field's id.
    #[error("{message_en}")]
    Answer {
        field: String,
        message_en: String,
        message_ja: String,
    },
    #[error(
        "This pregnancy has a delivery record: it ended in a birth. If the delivery was recorded by mistake, delete that record first."
    )]
    EndedByBirth { pregnancy: Uuid },

    #[error(
        "This pregnancy is recorded as ended on {on}. If that was recorded by mistake, reopen it first (hagukumi pregnancy reopen)."
    )]
    PregnancyEnded { pregnancy: Uuid, on: NaiveDate },

    #[error(
        "Diary entries are about this pregnancy ({entries}); they would no longer be reachable, so it is not deleted. To record that the pregnancy ended, use `pregnancy end` (everything is kept); to delete it, delete those entries first."
    )]
    PregnancyHasDiary { pregnancy: Uuid, entries: u32 },
}

impl ValidationError {
    /// The same message in Japanese, for the Japanese UI.
    pub fn message_ja(&self) -> String {
        use ValidationError::*;
        match self {
            Required { field } => format!("{}が入力されていません。", field.label_ja()),
            TooLong { field, len, max } => {
                format!(
                    "{}が長すぎます（{len}文字、最大{max}文字）。",
                    field.label_ja()
                )
            }
            DateInFuture { field, date, today } => format!(
                "{}（{date}）が未来の日付です（今日は{today}）。",
                field.label_ja()
            ),
            BeforeBirth { field, date, birth } => format!(
                "{}（{date}）が生年月日（{birth}）より前です。",
                field.label_ja()
            ),
            BeforePregnancy { field, date, start } => format!(
                "{}（{date}）が妊娠の始まり（{start}）より前です。",
                field.label_ja()
            ),
            BeforeOther {
                field,
                date,
                other,
                other_date,
            } => format!(
                "{}（{date}）が{}（{other_date}）より前です。",
                field.label_ja(),
                other.label_ja()
            ),
            ImplausibleDate { field, date, .. } => format!(
                "{}（{date}）は今日から離れすぎています。年を確認してください。",
                field.label_ja()
            ),
            OutOfRange {
                field,
                value,
                min,
                max,
                unit,
                context,
            } => format!(
                "{}{value}{unit}は{}ありえない値です（{min}〜{max}{unit}）。数字と小数点を確認してください。",
                field.label_ja(),
                context_ja(context)
            ),
            BloodPressureOrder {
                systolic,
                diastolic,
            } => format!(
                "血圧{systolic}/{diastolic}は最低血圧が最高血圧を上回っています。順番を確認してください。"
            ),
            DatingMismatch { lmp, due, days } => format!(
                "最終月経開始日（{lmp}）と出産予定日（{due}）が{days}日ずれています。どちらかの入力を確認してください。"
            ),
            NoDating => {
                "妊娠週数を数えるため、最終月経開始日か出産予定日を入力してください。".into()
            }
            NoMeasurement => "体重・身長・頭囲のうち少なくとも1つを入力してください。".into(),
            NoSubject => "この記録の対象（妊娠またはお子さん）を選んでください。".into(),
            UnknownCode { what, value, .. } => {
                format!("「{value}」は不明な{}です。", what_ja(what))
            }
            DoseOutOfRange { vaccine, dose, max } => {
                format!("{vaccine}の{dose}回目はありません（最大{max}回）。")
            }
            WrongSubject { what, expected } => {
                format!(
                    "{}は{}にのみ記録できます。",
                    what_ja(what),
                    what_ja(expected)
                )
            }
            NewbornCount { expected, got } => {
                format!("この妊娠は胎児数{expected}人ですが、出産の記録には{got}人です。")
            }
            AlreadyDelivered { .. } => {
                "この妊娠にはすでに出産の記録があります。その記録を編集してください。".into()
            }
            UnknownPhoto { .. } => {
                "この写真は手帳に取り込まれていません。先に写真を取り込んでください。".into()
            }
            BirthGestationalAge { ga } => {
                format!("出生時の妊娠週数{ga}は22週0日〜45週0日の範囲外です。確認してください。")
            }
            Answer { message_ja, .. } => message_ja.clone(),
            EndedByBirth { .. } => {
                "この妊娠には出産の記録があります。出産の記録が誤りの場合は、先にその記録を削除してください。".into()
            }
            PregnancyEnded { on, .. } => format!(
                "この妊娠は{on}に終了したと記録されています。誤りの場合は、先に記録を取り消してください（hagukumi pregnancy reopen）。"
            ),
            PregnancyHasDiary { entries, .. } => format!(
                "この妊娠についての日記が{entries}件あります。削除すると見られなくなるため、削除しませんでした。妊娠の終了を記録するときは `pregnancy end` を使ってください（記録はすべて残ります）。削除する場合は、先にそれらの日記を削除してください。"
            ),
        }
    }
}

fn context_ja(context: &str) -> String {
    // Contexts are produced by the validator from a small set of phrases.
    if context.is_empty() {
        String::new()
    } else if context == "for a newborn" {
        "新生児として".into()
    } else if context == "for an adult" {
        "大人として".into()
    } else if let Some(rest) = context.strip_prefix("for a child of ") {
        format!("{rest}のお子さんとして")
    } else {
        format!("{context}として")
    }
}

fn what_ja(what: &str) -> &str {
    match what {
        "vaccine code" => "ワクチンコード",
        "rotavirus brand" => "ロタウイルスワクチンの製品名",
        "checkup" => "健診",
        "maternal RSV vaccine" => "妊婦のRSウイルスワクチン",
        "a pregnancy" => "妊娠",
        "a child" => "お子さん",
        "childhood vaccines" => "小児のワクチン",
        other => other,
    }
}

/// Everything that can fail in the handbook core.
#[derive(Debug, thiserror::Error)]
pub enum HandbookError {
    #[error(transparent)]
    Invalid(#[from] ValidationError),

    /// A form of the handbook could not be found, used or saved as filled.
    #[error(transparent)]
    Form(#[from] crate::forms::FormError),

    #[error("No {} with id {id} (it may have been deleted).", kind.label_en())]
    NotFound { kind: RecordKind, id: Uuid },

    #[error(
        "This handbook was saved by a newer version of Hagukumi (data format {found}; this version reads up to {supported}). Please update the app; the file was not changed."
    )]
    SchemaTooNew { found: i64, supported: i64 },

    #[error("{path} is not a Hagukumi handbook (it belongs to another application).")]
    NotAHandbook { path: PathBuf },

    #[error("The handbook file {path} is damaged and cannot be opened: {detail}")]
    Corrupt { path: PathBuf, detail: String },

    #[error(
        "The phone's storage is full; nothing was saved while {context}. Free some space and try again."
    )]
    DiskFull { context: &'static str },

    #[error(
        "The handbook is busy in another part of the app; nothing was saved while {context}. Try again."
    )]
    Busy { context: &'static str },

    #[error("Could not use the folder {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    #[error(transparent)]
    Schedule(#[from] crate::schedule::ScheduleError),

    #[error(transparent)]
    Growth(#[from] crate::growth::GrowthError),

    #[error(transparent)]
    Bundle(#[from] crate::bundle::BundleError),

    #[error("Storage error while {context}: {source}")]
    Storage {
        context: &'static str,
        #[source]
        source: rusqlite::Error,
    },

    #[error("The timeline position {cursor:?} is not valid; start again from the first page.")]
    BadCursor { cursor: String },

    #[error(
        "The stored {what} could not be read ({detail}); the file may have been edited by another program."
    )]
    BadStoredValue { what: &'static str, detail: String },

    #[error(
        "This is a read-only copy of another family's handbook; only that family's shares change it."
    )]
    ReadOnlyView,

    #[error("Could not merge the share: {0}")]
    Merge(#[from] crate::store::MergeError),

    #[error(transparent)]
    Share(#[from] crate::share::ShareError),

    /// A photo was refused or could not be stored.
    #[error(transparent)]
    Photo(#[from] crate::photos::PhotoError),

    /// The city feed could not be fetched, verified or applied.
    #[error(transparent)]
    Feed(#[from] crate::feed::FeedError),

    /// A value handed over by the app (not typed by the user) is not well formed: a
    /// date, an id, a gestational age. `value` is what was received.
    #[error("{value:?} is not a valid {}{}", field.label_en(), field.format_hint_en())]
    BadArgument { field: Field, value: String },

    #[error("{}", if *upgrade {
        format!("The handbook {} must be upgraded to this version, but it cannot be written (a read-only file or folder).", path.display())
    } else {
        format!("The handbook {} is open for reading only (a read-only file or folder); nothing was saved.", path.display())
    })]
    ReadOnlyFile { path: PathBuf, upgrade: bool },
    /// SQLite found a damaged page while the handbook was in use (it opened, but part
    /// of it cannot be read). The family is told to save what is still readable.
    #[error(
        "The handbook file is damaged (found while {context}: {detail}). Make a rescue backup now (`hagukumi backup create --rescue`, or Backup → Rescue backup in the app): it saves every record that can still be read. Then restore that backup."
    )]
    Damaged {
        context: &'static str,
        detail: String,
    },
    /// The record looks like one already in the handbook (see
    /// [`crate::store::duplicates`]): nothing was saved. Saving it anyway is the
    /// family's choice, so the message names what exists and how to go ahead.
    #[error("{}", duplicate_message(crate::Lang::En, *kind, existing))]
    LikelyDuplicate {
        kind: RecordKind,
        existing: Vec<crate::store::duplicates::DuplicateNote>,
    },
}

/// "A vaccination like this is already saved: 2026-03-01 Hib dose 2 (id 019ae4f3). …"
fn duplicate_message(
    lang: crate::Lang,
    kind: RecordKind,
    existing: &[crate::store::duplicates::DuplicateNote],
) -> String {
    let found = existing
        .iter()
        .map(|n| {
            let what = lang.pick(&n.ja, &n.en);
            let what = if what.is_empty() {
                String::new()
            } else {
                format!(" {what}")
            };
            match lang {
                crate::Lang::Ja => format!("{}{what}（ID {}）", n.date, n.short_id),
                crate::Lang::En => format!("{}{what} (id {})", n.date, n.short_id),
            }
        })
        .collect::<Vec<_>>();
    match lang {
        crate::Lang::Ja => format!(
            "同じ{}がすでに記録されています: {}。二重に記録しないよう、保存しませんでした。その記録にまちがいがあれば、そちらを修正してください。別の記録としてこのまま保存するには、--force を付けてもう一度実行してください（アプリでは確認の画面で「保存する」を選びます）。",
            kind.label_ja(),
            found.join("、")
        ),
        crate::Lang::En => format!(
            "This looks like a {} already saved: {}. Nothing was saved, so that it is not recorded twice. If that one has a mistake, correct that one instead. To save this one as well, run the command again with --force (in the app: confirm \"Save anyway\").",
            kind.label_en(),
            found.join("; ")
        ),
    }
}

impl HandbookError {
    /// Which kind of failure (see [`ErrorKind`]); its `as_str` is the stable name
    /// printed by the CLI's `--json`.
    pub fn kind(&self) -> ErrorKind {
        use crate::growth::GrowthError;
        match self {
            HandbookError::Invalid(_) => ErrorKind::Validation,
            HandbookError::Form(e) => match e {
                crate::forms::FormError::Invalid { .. } => ErrorKind::Validation,
                crate::forms::FormError::NotOfForm { .. } => ErrorKind::NotFound,
                // The app asked for a page that is not in this build, or opened a
                // page without what it is about: the app's mistake, not the user's.
                crate::forms::FormError::UnknownForm { .. }
                | crate::forms::FormError::NeedsSubject { .. } => ErrorKind::BadArgument,
            },
            HandbookError::NotFound { .. } => ErrorKind::NotFound,
            HandbookError::SchemaTooNew { .. } => ErrorKind::SchemaTooNew,
            HandbookError::NotAHandbook { .. } => ErrorKind::NotAHandbook,
            HandbookError::Corrupt { .. } => ErrorKind::Corrupt,
            HandbookError::DiskFull { .. } => ErrorKind::DiskFull,
            HandbookError::Busy { .. } => ErrorKind::Busy,
            HandbookError::Io { .. } => ErrorKind::Io,
            HandbookError::Storage { .. } => ErrorKind::Storage,
            HandbookError::BadCursor { .. } => ErrorKind::BadCursor,
            HandbookError::BadArgument { .. } => ErrorKind::BadArgument,
            HandbookError::BadStoredValue { .. } => ErrorKind::BadStoredValue,
            HandbookError::ReadOnlyView => ErrorKind::ReadOnlyView,
            HandbookError::Merge(m) => m.kind(),
            HandbookError::Share(e) => e.kind(),
            HandbookError::Photo(e) => e.kind(),
            HandbookError::Feed(e) => e.kind(),
            HandbookError::Schedule(_) => ErrorKind::Schedule,
            HandbookError::Growth(GrowthError::StandardUnavailable { .. }) => {
                ErrorKind::GrowthUnavailable
            }
            HandbookError::Growth(_) => ErrorKind::Growth,
            HandbookError::Bundle(e) => e.kind(),
            HandbookError::ReadOnlyFile { .. } => ErrorKind::ReadOnlyFile,
            HandbookError::Damaged { .. } => ErrorKind::Damaged,
            HandbookError::LikelyDuplicate { .. } => ErrorKind::LikelyDuplicate,
        }
    }

    /// Whether the user can fix it by changing what they entered or chose (as opposed
    /// to a problem with the file, the disk, the network or the app).
    pub fn is_user_error(&self) -> bool {
        match self {
            HandbookError::Invalid(_)
            | HandbookError::Form(crate::forms::FormError::Invalid { .. })
            | HandbookError::NotFound { .. }
            | HandbookError::BadCursor { .. }
            | HandbookError::BadArgument { .. }
            | HandbookError::Schedule(_)
            | HandbookError::Growth(_)
            | HandbookError::ReadOnlyView
            | HandbookError::LikelyDuplicate { .. } => true,
            HandbookError::Bundle(e) => e.is_user_error(),
            HandbookError::Share(e) => e.is_user_error(),
            HandbookError::Photo(e) => e.is_user_error(),
            HandbookError::Feed(e) => matches!(e, crate::feed::FeedError::BadConfig { .. }),
            _ => false,
        }
    }

    /// Wrap a SQLite error, recognising the conditions a user can act on (full disk,
    /// a locked file) so they get their own variant instead of a generic failure.
    pub(crate) fn sql(context: &'static str) -> impl FnOnce(rusqlite::Error) -> HandbookError {
        move |source| match source.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DiskFull) => HandbookError::DiskFull { context },
            Some(rusqlite::ErrorCode::DatabaseBusy) | Some(rusqlite::ErrorCode::DatabaseLocked) => {
                HandbookError::Busy { context }
            }
            Some(rusqlite::ErrorCode::DatabaseCorrupt)
            | Some(rusqlite::ErrorCode::NotADatabase) => HandbookError::Damaged {
                context,
                detail: source.to_string(),
            },
            _ => HandbookError::Storage { context, source },
        }
    }

    /// Message for the Japanese UI.
    pub fn message_ja(&self) -> String {
        match self {
            HandbookError::Invalid(v) => v.message_ja(),
            HandbookError::NotFound { kind, .. } => {
                format!("{}が見つかりません（削除された可能性があります）。", kind.label_ja())
            }
            HandbookError::SchemaTooNew { .. } => {
                "この手帳は新しいバージョンのはぐくみで保存されています。アプリを更新してください（ファイルは変更していません）。".into()
            }
            HandbookError::NotAHandbook { .. } => "このファイルははぐくみの手帳ではありません。".into(),
            HandbookError::Corrupt { .. } => "手帳のファイルが壊れていて開けません。バックアップから復元してください。".into(),
            HandbookError::DiskFull { .. } => {
                "端末の空き容量がないため保存できませんでした。空き容量を増やしてもう一度お試しください。".into()
            }
            HandbookError::Busy { .. } => "手帳が使用中のため保存できませんでした。もう一度お試しください。".into(),
            HandbookError::Io { path, .. } => {
                format!("フォルダ {} を使えませんでした。空き容量と権限を確認してください。", path.display())
            }
            HandbookError::Storage { .. } => {
                "手帳の保存中に問題が起きました。もう一度お試しください（記録は変更されていません）。".into()
            }
            HandbookError::BadCursor { .. } => "記録の表示位置が無効です。最初のページからやり直してください。".into(),
            HandbookError::BadStoredValue { what, .. } => format!(
                "保存されている{what}を読めませんでした。ほかのアプリで編集された可能性があります。"
            ),
            HandbookError::ReadOnlyView => {
                "これはほかのご家族の手帳の閲覧用コピーです。変更できるのは、そのご家族からの共有だけです。".into()
            }
            HandbookError::Merge(e) => e.message_ja(),
            HandbookError::Share(e) => e.message_ja(),
            HandbookError::Photo(e) => e.message_ja(),
            HandbookError::Feed(e) => e.message_ja(),
            HandbookError::Form(e) => e.message_ja(),
            HandbookError::BadArgument { field, value } => format!(
                "「{value}」は{}として正しくありません{}。",
                field.label_ja(),
                field.format_hint_ja()
            ),
            HandbookError::Schedule(e) => e.message_ja(),
            HandbookError::Growth(crate::growth::GrowthError::StandardUnavailable { .. }) => {
                "この基準にはこの曲線がありません（令和5年乳幼児身体発育調査は体重・身長・頭囲のみ）。WHOの基準を使ってください。".into()
            }
            HandbookError::Growth(e) => format!("成長曲線を作れませんでした: {e}"),
            HandbookError::Bundle(e) => e.message_ja(),
            HandbookError::ReadOnlyFile { upgrade: true, .. } => {
                "手帳をこのバージョン用に更新する必要がありますが、ファイルに書き込めません（読み取り専用のファイルかフォルダです）。".into()
            }
            HandbookError::ReadOnlyFile { .. } => {
                "手帳は読み取り専用で開かれているため、保存できませんでした（読み取り専用のファイルかフォルダです）。".into()
            }
            HandbookError::LikelyDuplicate { kind, existing } => {
                duplicate_message(crate::Lang::Ja, *kind, existing)
            }
            HandbookError::Damaged { .. } => {
                "手帳のファイルが壊れています。読み取れる記録を守るため、今すぐ救出バックアップ（hagukumi backup create --rescue、アプリでは「バックアップ」→「救出バックアップ」）を作り、そのバックアップを復元してください。".into()
            }
        }
    }
}

impl Problem for HandbookError {
    fn kind(&self) -> ErrorKind {
        HandbookError::kind(self)
    }

    fn message(&self, lang: crate::Lang) -> String {
        match lang {
            crate::Lang::Ja => self.message_ja(),
            crate::Lang::En => self.to_string(),
        }
    }

    fn user_can_fix(&self) -> bool {
        self.is_user_error()
    }

    fn is_transient(&self) -> bool {
        match self {
            HandbookError::Feed(e) => e.is_transient(),
            other => other.kind().is_transient(),
        }
    }
}

impl HandbookError {
    /// The field a validation or argument error is about, for a form to highlight.
    pub fn field(&self) -> Option<Field> {
        use ValidationError::*;
        let v = match self {
            HandbookError::BadArgument { field, .. } => return Some(*field),
            HandbookError::Invalid(v) => v,
            _ => return None,
        };
        match v {
            Required { field }
            | TooLong { field, .. }
            | DateInFuture { field, .. }
            | BeforeBirth { field, .. }
            | BeforePregnancy { field, .. }
            | BeforeOther { field, .. }
            | ImplausibleDate { field, .. }
            | OutOfRange { field, .. } => Some(*field),
            BloodPressureOrder { .. } => Some(Field::BloodPressureDiastolic),
            DatingMismatch { .. } | NoDating => Some(Field::DueDate),
            NoMeasurement => Some(Field::Weight),
            NoSubject => Some(Field::Subjects),
            DoseOutOfRange { .. } => Some(Field::Dose),
            NewbornCount { .. } => Some(Field::Newborns),
            BirthGestationalAge { .. } => Some(Field::GestationalAge),
            UnknownPhoto { .. } => Some(Field::Photos),
            UnknownCode { .. } | WrongSubject { .. } | AlreadyDelivered { .. } | Answer { .. } => {
                None
            }
            EndedByBirth { .. } | PregnancyEnded { .. } | PregnancyHasDiary { .. } => None,
        }
    }
}

pub type Result<T, E = HandbookError> = std::result::Result<T, E>;
