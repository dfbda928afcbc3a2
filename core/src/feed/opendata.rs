//! Import of the municipal standard open data sets (自治体標準オープンデータセット):
//! イベント一覧, 子育て施設一覧, 医療機関一覧, as cities publish them.
//!
//! In practice the files come as UTF-8 with a BOM (Excel's "CSV UTF-8"), plain UTF-8,
//! or Shift_JIS/CP932 (Excel's plain "CSV"): the encoding is detected (BOM → UTF-8;
//! valid UTF-8 → UTF-8; else CP932, refused if that does not decode cleanly either).
//! Columns are found by their Japanese header, so column order and a city's extra
//! columns do not matter. A bad row is reported with its line and column, in the
//! words a member of staff needs to fix it in Excel.

use chrono::NaiveDate;
use encoding_rs::SHIFT_JIS;
use std::collections::HashMap;

use super::format::{Audience, ChildcareFacility, Event, MedicalInstitution, Span};

/// Largest CSV file accepted (a city's lists are kilobytes to a few megabytes).
pub const MAX_CSV_BYTES: usize = 32 * 1024 * 1024;

/// The encoding a file was read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8Bom,
    Utf8,
    ShiftJis,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum CsvError {
    #[error("The file is larger than {limit} bytes.")]
    TooLarge { limit: usize },
    #[error(
        "The file is neither UTF-8 nor Shift_JIS (CP932) text (first bad byte near offset {offset})."
    )]
    Encoding { offset: usize },
    #[error("Line {line}: {detail}")]
    Row { line: u64, detail: String },
    #[error("Line {line}, column {column} ({header}): {detail}")]
    Value {
        line: u64,
        column: usize,
        header: String,
        detail: String,
    },
    #[error("The header has no {missing} column (found: {found}).")]
    MissingColumn { missing: String, found: String },
}

/// Decode a CSV file's bytes, detecting the encoding.
pub fn decode(bytes: &[u8]) -> Result<(String, Encoding), CsvError> {
    if bytes.len() > MAX_CSV_BYTES {
        return Err(CsvError::TooLarge {
            limit: MAX_CSV_BYTES,
        });
    }
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return std::str::from_utf8(rest)
            .map(|s| (s.to_string(), Encoding::Utf8Bom))
            .map_err(|e| CsvError::Encoding {
                offset: e.valid_up_to() + 3,
            });
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Ok((s.to_string(), Encoding::Utf8));
    }
    let (text, had_errors) = SHIFT_JIS.decode_without_bom_handling(bytes);
    if had_errors {
        let offset = text.find('\u{FFFD}').unwrap_or(0);
        return Err(CsvError::Encoding { offset });
    }
    Ok((text.into_owned(), Encoding::ShiftJis))
}

/// A parsed table: the header and the rows, with their line numbers.
struct Table {
    columns: HashMap<String, usize>,
    headers: Vec<String>,
    rows: Vec<(u64, Vec<String>)>,
}

fn table(text: &str) -> Result<Table, CsvError> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| row_error(&e))?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    let columns = headers
        .iter()
        .enumerate()
        .map(|(i, h)| (h.clone(), i))
        .collect();
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| row_error(&e))?;
        let line = record.position().map_or(0, |p| p.line());
        if record.iter().all(|f| f.trim().is_empty()) {
            continue; // Excel leaves empty rows at the end
        }
        rows.push((line, record.iter().map(|f| f.trim().to_string()).collect()));
    }
    Ok(Table {
        columns,
        headers,
        rows,
    })
}

fn row_error(e: &csv::Error) -> CsvError {
    let line = e.position().map_or(0, |p| p.line());
    let detail = match e.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!(
            "{len} columns, but the header has {expected_len} (a comma inside a value needs double quotes)"
        ),
        _ => e.to_string(),
    };
    CsvError::Row { line, detail }
}

/// One row, with lookups by header and errors that name the cell.
struct RowRef<'a> {
    table: &'a Table,
    line: u64,
    fields: &'a [String],
}

impl RowRef<'_> {
    fn index(&self, header: &str) -> Option<usize> {
        self.table.columns.get(header).copied()
    }

    fn text(&self, header: &str) -> Option<String> {
        self.index(header)
            .and_then(|i| self.fields.get(i))
            .filter(|v| !v.is_empty())
            .cloned()
    }

    fn error(&self, header: &str, detail: String) -> CsvError {
        CsvError::Value {
            line: self.line,
            column: self.index(header).map_or(0, |i| i + 1),
            header: header.to_string(),
            detail,
        }
    }

    fn required(&self, header: &str) -> Result<String, CsvError> {
        self.text(header)
            .ok_or_else(|| self.error(header, "is empty; every row needs it".into()))
    }

    /// `2026-06-10`, `2026/6/10` or `20260610`.
    fn date(&self, header: &str) -> Result<Option<NaiveDate>, CsvError> {
        let Some(v) = self.text(header) else {
            return Ok(None);
        };
        ["%Y-%m-%d", "%Y/%m/%d", "%Y%m%d"]
            .iter()
            .find_map(|f| NaiveDate::parse_from_str(&v, f).ok())
            .map(Some)
            .ok_or_else(|| self.error(header, format!("{v:?} is not a date (write 2026-06-10)")))
    }

    fn number(&self, header: &str) -> Result<Option<f64>, CsvError> {
        let Some(v) = self.text(header) else {
            return Ok(None);
        };
        v.parse::<f64>()
            .ok()
            .filter(|n| n.is_finite())
            .map(Some)
            .ok_or_else(|| self.error(header, format!("{v:?} is not a number")))
    }

    fn time(&self, header: &str) -> Result<Option<String>, CsvError> {
        let Some(v) = self.text(header) else {
            return Ok(None);
        };
        let ok = v.split_once(':').is_some_and(|(h, m)| {
            h.parse::<u32>().is_ok_and(|h| h <= 24)
                && m.len() == 2
                && m.parse::<u32>().is_ok_and(|m| m < 60)
        });
        if ok {
            Ok(Some(v))
        } else {
            Err(self.error(header, format!("{v:?} is not a time (write 09:30)")))
        }
    }

    /// The row's id: an `ID` column, else the municipality code and `NO` (Excel often
    /// drops the code's leading zero; it is put back).
    fn id(&self, prefix: &str) -> Result<String, CsvError> {
        if let Some(id) = self.text("ID") {
            return Ok(id);
        }
        let no = self.required("NO")?;
        let code = self
            .text("都道府県コード又は市区町村コード")
            .map(|c| format!("{c:0>6}"))
            .unwrap_or_default();
        Ok(format!("{prefix}-{code}-{no}"))
    }
}

fn rows(text: &str, required: &[&str]) -> Result<(Table, Vec<(u64, usize)>), CsvError> {
    let t = table(text)?;
    for r in required {
        if !t.columns.contains_key(*r) {
            return Err(CsvError::MissingColumn {
                missing: (*r).to_string(),
                found: t.headers.join(", "),
            });
        }
    }
    let idx = t
        .rows
        .iter()
        .enumerate()
        .map(|(i, (l, _))| (*l, i))
        .collect();
    Ok((t, idx))
}

fn each<T>(
    bytes: &[u8],
    required: &[&str],
    mut f: impl FnMut(&RowRef<'_>) -> Result<T, CsvError>,
) -> Result<(Vec<T>, Encoding), CsvError> {
    let (text, encoding) = decode(bytes)?;
    let (t, idx) = rows(&text, required)?;
    let mut out = Vec::with_capacity(idx.len());
    for (line, i) in idx {
        let row = RowRef {
            table: &t,
            line,
            fields: &t.rows[i].1,
        };
        out.push(f(&row)?);
    }
    Ok((out, encoding))
}

/// イベント一覧. A city column 対象月齢 ("3-4", in months) becomes the audience.
pub fn events(bytes: &[u8]) -> Result<(Vec<Event>, Encoding), CsvError> {
    each(bytes, &["イベント名"], |r| {
        let start_date = r.date("開始日")?;
        let end_date = r.date("終了日")?;
        if let (Some(s), Some(e)) = (start_date, end_date)
            && e < s
        {
            return Err(r.error("終了日", format!("{e} is before the start date {s}")));
        }
        Ok(Event {
            id: r.id("event")?,
            name: r.required("イベント名")?,
            name_kana: r.text("イベント名_カナ"),
            name_en: r.text("イベント名_英語"),
            start_date,
            end_date,
            start_time: r.time("開始時間")?,
            end_time: r.time("終了時間")?,
            date_note: r.text("開始日時特記事項"),
            description: r.text("説明"),
            fee: r.text("料金(基本)"),
            fee_detail: r.text("料金(詳細)"),
            contact_name: r.text("連絡先名称"),
            contact_phone: r.text("連絡先電話番号"),
            contact_extension: r.text("連絡先内線番号"),
            organizer: r.text("主催者"),
            place_name: r.text("場所名称"),
            address: r.text("住所"),
            address_detail: r.text("方書"),
            latitude: r.number("緯度")?,
            longitude: r.number("経度")?,
            access: r.text("アクセス方法"),
            parking: r.text("駐車場情報"),
            capacity: r.text("定員"),
            application_deadline_date: r.date("参加申込終了日")?,
            application_deadline_time: r.text("参加申込終了時間"),
            application_method: r.text("参加申込方法"),
            url: r.text("URL"),
            remarks: r.text("備考"),
            audience: months_audience(r, "対象月齢")?,
        })
    })
}

fn months_audience(r: &RowRef<'_>, header: &str) -> Result<Audience, CsvError> {
    let Some(v) = r.text(header) else {
        return Ok(Audience::default());
    };
    let bad = || {
        r.error(
            header,
            format!("{v:?} is not a month range (write 3-4 or 12-)"),
        )
    };
    let (from, to) = v.split_once(['-', '〜', '~']).unwrap_or((&v, &v));
    let parse = |s: &str| -> Result<Option<u32>, CsvError> {
        let s = s.trim();
        if s.is_empty() {
            Ok(None)
        } else {
            s.parse().map(Some).map_err(|_| bad())
        }
    };
    let span = Span {
        from: parse(from)?,
        to: parse(to)?,
    };
    if let (Some(f), Some(t)) = (span.from, span.to)
        && t < f
    {
        return Err(bad());
    }
    Ok(Audience {
        child_age_months: Some(span),
        ..Default::default()
    })
}

/// 子育て施設一覧.
pub fn childcare_facilities(bytes: &[u8]) -> Result<(Vec<ChildcareFacility>, Encoding), CsvError> {
    each(bytes, &["名称"], |r| {
        let temporary_care = match r.text("一時預かりの有無").as_deref() {
            None => None,
            Some("有") => Some(true),
            Some("無") => Some(false),
            Some(v) => {
                return Err(r.error("一時預かりの有無", format!("{v:?}: write 有 or 無")));
            }
        };
        Ok(ChildcareFacility {
            id: r.id("facility")?,
            name: r.required("名称")?,
            name_kana: r.text("名称_カナ"),
            kind: r.text("種別"),
            address: r.text("住所"),
            address_detail: r.text("方書"),
            latitude: r.number("緯度")?,
            longitude: r.number("経度")?,
            access: r.text("アクセス方法"),
            parking: r.text("駐車場情報"),
            phone: r.text("電話番号"),
            extension: r.text("内線番号"),
            fax: r.text("FAX番号"),
            corporate_number: r.text("法人番号"),
            organization: r.text("団体名"),
            authorized_on: r.text("認可等年月日"),
            capacity: r.text("収容定員"),
            accepted_ages: r.text("受入年齢"),
            days: r.text("利用可能曜日"),
            open_time: r.time("開始時間")?,
            close_time: r.time("終了時間")?,
            hours_note: r.text("利用可能日時特記事項"),
            temporary_care,
            url: r.text("URL"),
            remarks: r.text("備考"),
        })
    })
}

/// 医療機関一覧.
pub fn medical_institutions(bytes: &[u8]) -> Result<(Vec<MedicalInstitution>, Encoding), CsvError> {
    each(bytes, &["名称"], |r| {
        Ok(MedicalInstitution {
            id: r.id("medical")?,
            name: r.required("名称")?,
            name_kana: r.text("名称_カナ"),
            kind: r.text("医療機関の種類"),
            address: r.text("住所"),
            address_detail: r.text("方書"),
            latitude: r.number("緯度")?,
            longitude: r.number("経度")?,
            phone: r.text("電話番号"),
            extension: r.text("内線番号"),
            fax: r.text("FAX番号"),
            corporate_number: r.text("法人番号"),
            corporation_name: r.text("法人の名称"),
            institution_code: r.text("医療機関コード"),
            days: r.text("診療曜日"),
            open_time: r.time("診療開始時間")?,
            close_time: r.time("診療終了時間")?,
            hours_note: r.text("診療日時特記事項"),
            after_hours: r.text("時間外における対応"),
            departments: r
                .text("診療科目")
                .map(|v| {
                    v.split([';', '；'])
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(str::to_string)
                        .collect()
                })
                .unwrap_or_default(),
            beds: r.text("病床数"),
            url: r.text("URL"),
            remarks: r.text("備考"),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const EVENTS: &str = "都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,イベント名,開始日,終了日,開始時間,終了時間,場所名称,説明,対象月齢\n\
        99990,1,架空県,こもれび市,離乳食教室,2026-06-10,2026-06-10,10:00,11:30,保健センター,はじめての離乳食,4-6\n\
        99990,2,架空県,こもれび市,親子ひろば,2026/7/1,,09:30,,子育て支援センター,\"自由に遊べます、予約不要\",\n";

    #[test]
    fn utf8_bom_and_shift_jis_files_read_the_same() {
        let utf8 = EVENTS.as_bytes().to_vec();
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend_from_slice(EVENTS.as_bytes());
        let (sjis, _, unmappable) = SHIFT_JIS.encode(EVENTS);
        assert!(!unmappable);
        let (a, ea) = events(&utf8).unwrap();
        let (b, eb) = events(&bom).unwrap();
        let (c, ec) = events(&sjis).unwrap();
        assert_eq!(
            (ea, eb, ec),
            (Encoding::Utf8, Encoding::Utf8Bom, Encoding::ShiftJis)
        );
        assert_eq!(a, b);
        assert_eq!(a, c);
        assert_eq!(a.len(), 2);
        assert_eq!(
            a[0].id, "event-099990-1",
            "the dropped leading zero is restored"
        );
        assert_eq!(a[0].name, "離乳食教室");
        assert_eq!(a[0].start_date, Some("2026-06-10".parse().unwrap()));
        assert_eq!(
            a[0].audience.child_age_months,
            Some(Span {
                from: Some(4),
                to: Some(6)
            })
        );
        assert_eq!(a[1].start_date, Some("2026-07-01".parse().unwrap()));
        assert_eq!(
            a[1].description.as_deref(),
            Some("自由に遊べます、予約不要")
        );
    }

    #[test]
    fn a_bad_value_names_its_line_and_column() {
        let text = EVENTS.replace("2026/7/1", "7月1日");
        let err = events(text.as_bytes()).unwrap_err();
        assert_eq!(
            err,
            CsvError::Value {
                line: 3,
                column: 6,
                header: "開始日".into(),
                detail: "\"7月1日\" is not a date (write 2026-06-10)".into()
            }
        );
        assert_eq!(
            err.to_string(),
            "Line 3, column 6 (開始日): \"7月1日\" is not a date (write 2026-06-10)"
        );
    }

    #[test]
    fn a_row_with_a_stray_comma_names_its_line() {
        let text = EVENTS.replace("\"自由に遊べます、予約不要\"", "自由に遊べます,予約不要");
        let err = events(text.as_bytes()).unwrap_err();
        assert!(
            matches!(err, CsvError::Row { line: 3, ref detail } if detail.contains("13 columns")),
            "{err:?}"
        );
    }

    #[test]
    fn bytes_that_are_no_text_are_refused() {
        let err = decode(&[0x82, 0xA0, 0xFF, 0xFF, 0x80]).unwrap_err();
        assert!(matches!(err, CsvError::Encoding { .. }), "{err:?}");
    }

    #[test]
    fn facilities_and_medical_institutions() {
        let f = "NO,名称,種別,一時預かりの有無,開始時間,終了時間\n1,ひだまり保育園,認可私立保育所,有,07:00,19:00\n";
        let (rows, _) = childcare_facilities(f.as_bytes()).unwrap();
        assert_eq!(rows[0].temporary_care, Some(true));
        let bad = f.replace(",有,", ",あり,");
        assert!(matches!(
            childcare_facilities(bad.as_bytes()),
            Err(CsvError::Value {
                line: 2,
                column: 4,
                ..
            })
        ));
        let m = "NO,名称,診療科目\n1,こもれび小児科,小児科;アレルギー科\n";
        let (rows, _) = medical_institutions(m.as_bytes()).unwrap();
        assert_eq!(rows[0].departments, ["小児科", "アレルギー科"]);
        let missing = "NO,施設名\n1,x\n";
        assert!(matches!(
            medical_institutions(missing.as_bytes()),
            Err(CsvError::MissingColumn { .. })
        ));
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]

        /// The libFuzzer-free fallback of core/fuzz's `csv_import`.
        #[test]
        fn importing_never_panics(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..2048)) {
            let _ = events(&bytes);
            let _ = childcare_facilities(&bytes);
            let _ = medical_institutions(&bytes);
        }

        #[test]
        fn mutated_csv_never_panics(pos in 0usize..4096, byte in proptest::prelude::any::<u8>()) {
            let mut bytes = EVENTS.as_bytes().to_vec();
            let n = bytes.len();
            bytes[pos % n] = byte;
            let _ = events(&bytes);
        }
    }
}
