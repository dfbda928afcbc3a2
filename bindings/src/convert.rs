//! Text ↔ value conversions at the boundary: ids, dates, times.
//!
//! Ids and dates cross the FFI as ISO strings (`YYYY-MM-DD`, UUID text). They are
//! parsed here into a typed `BadArgument` error with a readable message, rather than in
//! a uniffi custom type, because a failed custom-type lift is not a typed error on the
//! foreign side, and Swift has no civil-date type to map to (Foundation's `Date` is an
//! instant, which would put the time-zone bugs back). The Kotlin facade offers
//! `java.time.LocalDate` helpers on top.

use chrono::{NaiveDate, NaiveDateTime};
use uuid::Uuid;

use crate::error::{HandbookError, Result};

pub(crate) fn uuid(text: &str) -> Result<Uuid> {
    Uuid::parse_str(text.trim()).map_err(|_| {
        HandbookError::bad_argument(
            format!("{text:?} is not a record id."),
            format!("「{text}」は記録のIDではありません。"),
        )
    })
}

pub(crate) fn opt_uuid(text: &Option<String>) -> Result<Option<Uuid>> {
    text.as_deref().map(uuid).transpose()
}

pub(crate) fn date(text: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|_| {
        HandbookError::bad_argument(
            format!("{text:?} is not a date; write it as YYYY-MM-DD, e.g. 2025-10-03."),
            format!("「{text}」は日付ではありません。2025-10-03 のように入力してください。"),
        )
    })
}

pub(crate) fn opt_date(text: &Option<String>) -> Result<Option<NaiveDate>> {
    text.as_deref().map(date).transpose()
}

/// Local (Japan) date and time, `YYYY-MM-DDTHH:MM` (seconds optional).
pub(crate) fn date_time(text: &str) -> Result<NaiveDateTime> {
    let t = text.trim();
    NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M:%S")
        .or_else(|_| NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M"))
        .map_err(|_| {
            HandbookError::bad_argument(
                format!("{text:?} is not a date and time; write it as 2025-10-03T14:25."),
                format!(
                    "「{text}」は日時ではありません。2025-10-03T14:25 のように入力してください。"
                ),
            )
        })
}

pub(crate) fn date_text(d: NaiveDate) -> String {
    d.to_string()
}

pub(crate) fn date_time_text(t: NaiveDateTime) -> String {
    t.format("%Y-%m-%dT%H:%M").to_string()
}

pub(crate) fn timestamp_text(t: chrono::DateTime<chrono::Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_strictly() {
        assert_eq!(
            date("2025-10-03").ok(),
            NaiveDate::from_ymd_opt(2025, 10, 3)
        );
        let err = date("2025/10/03").unwrap_err();
        assert!(matches!(err, HandbookError::BadArgument { .. }));
        assert!(err.to_string().contains("YYYY-MM-DD"), "{err}");
        assert!(date("2025-02-30").is_err());
    }

    #[test]
    fn times_accept_minutes_or_seconds() {
        assert_eq!(
            date_time_text(date_time("2025-10-03T14:25").unwrap()),
            "2025-10-03T14:25"
        );
        assert_eq!(
            date_time_text(date_time("2025-10-03T14:25:59").unwrap()),
            "2025-10-03T14:25"
        );
        assert!(date_time("2025-10-03 14:25").is_err());
    }

    #[test]
    fn ids_must_be_uuids() {
        assert!(uuid("0199b5a8-6c1e-7e4a-9d1b-3c2a1f0e9d8c").is_ok());
        assert!(matches!(
            uuid("child-1"),
            Err(HandbookError::BadArgument { .. })
        ));
    }
}
