//! The two things we take from a photo's EXIF before throwing all of it away: how to
//! turn it upright, and when it was taken.
//!
//! Damaged or odd EXIF never refuses a photo: the pixels are what the parent wants to
//! keep, so a bad tag only means "upright as stored" and "time unknown".

use exif::{In, Reader, Tag, Value};
use image::metadata::Orientation;

use super::sniff::Format;

/// What the EXIF said, reduced to what the handbook keeps.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PhotoMeta {
    /// The EXIF orientation (1–8); 1 when absent or invalid (0 is "undefined").
    pub orientation: u8,
    /// DateTimeOriginal as RFC 3339 when OffsetTimeOriginal says the offset
    /// (`2024-05-01T10:20:30+09:00`), else the camera's local time without an offset
    /// (`2024-05-01T10:20:30`): inventing an offset would misplace the photo.
    pub taken_at: Option<String>,
}

impl PhotoMeta {
    pub fn orientation(&self) -> Orientation {
        Orientation::from_exif(self.orientation).unwrap_or(Orientation::NoTransforms)
    }
}

/// The largest EXIF block read. A JPEG's is at most 64 KB (one segment); a PNG's
/// `eXIf` or a WebP's `EXIF` chunk has no such bound, and a larger one is not a
/// camera's: it is ignored (upright, time unknown) rather than parsed.
const MAX_EXIF_BYTES: usize = 256 * 1024;

/// Read the metadata of a JPEG, PNG (eXIf chunk) or WebP (EXIF chunk).
///
/// Only the EXIF block is handed to the parser, found in place (the parser's own
/// container reader copies the whole file first), and only three of its fields are
/// ever parsed (the parser reads values lazily), so the work is bounded by
/// [`MAX_EXIF_BYTES`] whatever the file.
pub fn read(bytes: &[u8], format: Format) -> PhotoMeta {
    let unknown = PhotoMeta {
        orientation: 1,
        taken_at: None,
    };
    let block = match format {
        Format::Jpeg => jpeg_block(bytes),
        Format::Png => png_block(bytes),
        Format::WebP => webp_block(bytes),
    };
    let Some(block) = block.filter(|b| b.len() <= MAX_EXIF_BYTES) else {
        return unknown;
    };
    let Ok(exif) = Reader::new().read_raw(block.to_vec()) else {
        return unknown;
    };
    let orientation = exif
        .get_field(Tag::Orientation, In::PRIMARY)
        .and_then(|f| f.value.get_uint(0))
        .and_then(|v| u8::try_from(v).ok())
        .filter(|v| (1..=8).contains(v))
        .unwrap_or(1);
    let ascii = |tag| match exif.get_field(tag, In::PRIMARY).map(|f| &f.value) {
        Some(Value::Ascii(parts)) => parts.first().cloned(),
        _ => None,
    };
    let taken_at = ascii(Tag::DateTimeOriginal).and_then(|dt| {
        let mut t = exif::DateTime::from_ascii(&dt).ok()?;
        if let Some(offset) = ascii(Tag::OffsetTimeOriginal) {
            // A blank or malformed offset leaves the local time without one.
            let _ = t.parse_offset(&offset);
        }
        format_time(&t)
    });
    PhotoMeta {
        orientation,
        taken_at,
    }
}

/// The first APP1 `Exif` segment before the first scan, without its `Exif\0\0`.
fn jpeg_block(bytes: &[u8]) -> Option<&[u8]> {
    super::decode::jpeg_segments(bytes)
        .filter(|(marker, _)| *marker == 0xE1)
        .find_map(|(_, segment)| segment.strip_prefix(b"Exif\0\0"))
}

/// The `eXIf` chunk's data.
fn png_block(bytes: &[u8]) -> Option<&[u8]> {
    let mut at = 8;
    loop {
        let len = u32::from_be_bytes(bytes.get(at..at + 4)?.try_into().ok()?) as usize;
        let kind = bytes.get(at + 4..at + 8)?;
        let data = bytes.get(at + 8..(at + 8).checked_add(len)?)?;
        match kind {
            b"eXIf" => return Some(data),
            b"IEND" => return None,
            _ => at += 12 + len,
        }
    }
}

/// The `EXIF` chunk's data (some writers keep JPEG's `Exif\0\0` in front).
fn webp_block(bytes: &[u8]) -> Option<&[u8]> {
    let mut at = 12;
    loop {
        let kind = bytes.get(at..at + 4)?;
        let len = u32::from_le_bytes(bytes.get(at + 4..at + 8)?.try_into().ok()?) as usize;
        let data = bytes.get(at + 8..(at + 8).checked_add(len)?)?;
        if kind == b"EXIF" {
            return Some(data.strip_prefix(b"Exif\0\0").unwrap_or(data));
        }
        at += 8 + len + (len & 1);
    }
}

fn format_time(t: &exif::DateTime) -> Option<String> {
    let date = chrono::NaiveDate::from_ymd_opt(t.year.into(), t.month.into(), t.day.into())?;
    let time = chrono::NaiveTime::from_hms_opt(t.hour.into(), t.minute.into(), t.second.into())?;
    let local = date.and_time(time);
    Some(match t.offset {
        Some(minutes) => {
            let offset = chrono::FixedOffset::east_opt(i32::from(minutes) * 60)?;
            local
                .and_local_timezone(offset)
                .single()?
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
        }
        None => local.format("%Y-%m-%dT%H:%M:%S").to_string(),
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A JPEG APP1 Exif segment with the given IFD0 entries (tag, type, count, value),
    /// little-endian, values of ≤ 4 bytes inline and longer ones after the IFD.
    pub(crate) fn app1(
        entries: &[(u16, u16, &[u8])],
        exif_entries: &[(u16, u16, &[u8])],
    ) -> Vec<u8> {
        // TIFF header, IFD0 at offset 8.
        let mut tiff = b"II\x2A\x00\x08\x00\x00\x00".to_vec();
        let mut ifd0: Vec<(u16, u16, Vec<u8>)> = entries
            .iter()
            .map(|(t, ty, v)| (*t, *ty, v.to_vec()))
            .collect();
        if !exif_entries.is_empty() {
            ifd0.push((0x8769, 4, vec![0; 4])); // ExifIFDPointer, patched below
        }
        let ifd_len = |n: usize| 2 + n * 12 + 4;
        let ifd0_end = 8 + ifd_len(ifd0.len());
        let mut data = Vec::new();
        let mut table = Vec::new();
        let write_ifd = |entries: &[(u16, u16, Vec<u8>)], data: &mut Vec<u8>, data_base: usize| {
            let mut t = (entries.len() as u16).to_le_bytes().to_vec();
            for (tag, ty, v) in entries {
                t.extend_from_slice(&tag.to_le_bytes());
                t.extend_from_slice(&ty.to_le_bytes());
                let unit = match ty {
                    3 => 2,
                    4 => 4,
                    _ => 1,
                };
                let count = v.len() / unit;
                t.extend_from_slice(&(count as u32).to_le_bytes());
                if v.len() <= 4 {
                    let mut inline = v.clone();
                    inline.resize(4, 0);
                    t.extend_from_slice(&inline);
                } else {
                    t.extend_from_slice(&((data_base + data.len()) as u32).to_le_bytes());
                    data.extend_from_slice(v);
                }
            }
            t.extend_from_slice(&0u32.to_le_bytes());
            t
        };
        if exif_entries.is_empty() {
            table = write_ifd(&ifd0, &mut data, ifd0_end);
        } else {
            let exif_ifd: Vec<(u16, u16, Vec<u8>)> = exif_entries
                .iter()
                .map(|(t, ty, v)| (*t, *ty, v.to_vec()))
                .collect();
            let exif_at = ifd0_end;
            let exif_end = exif_at + ifd_len(exif_ifd.len());
            let mut exif_data = Vec::new();
            let exif_table = write_ifd(&exif_ifd, &mut exif_data, exif_end);
            let data_base = exif_end + exif_data.len();
            if let Some(last) = ifd0.last_mut() {
                last.2 = (exif_at as u32).to_le_bytes().to_vec();
            }
            table.extend(write_ifd(&ifd0, &mut data, data_base));
            table.extend(exif_table);
            table.extend(exif_data);
        }
        tiff.extend(table);
        tiff.extend(data);
        let mut seg = vec![0xFF, 0xE1];
        seg.extend_from_slice(&((tiff.len() + 8) as u16).to_be_bytes());
        seg.extend_from_slice(b"Exif\0\0");
        seg.extend(tiff);
        seg
    }

    /// `jpeg` with an Exif segment inserted after SOI.
    pub(crate) fn with_exif(jpeg: &[u8], segment: &[u8]) -> Vec<u8> {
        let mut out = jpeg[..2].to_vec();
        out.extend_from_slice(segment);
        out.extend_from_slice(&jpeg[2..]);
        out
    }

    fn tiny_jpeg() -> Vec<u8> {
        let mut out = Vec::new();
        jpeg_encoder::Encoder::new(&mut out, 80)
            .encode(&[128; 8 * 8 * 3], 8, 8, jpeg_encoder::ColorType::Rgb)
            .unwrap();
        out
    }

    #[test]
    fn capture_time_with_offset_is_rfc3339() {
        let seg = app1(
            &[(0x0112, 3, &6u16.to_le_bytes())],
            &[
                (0x9003, 2, b"2024:05:01 10:20:30\0"),
                (0x9011, 2, b"+09:00\0"),
            ],
        );
        let meta = read(&with_exif(&tiny_jpeg(), &seg), Format::Jpeg);
        assert_eq!(meta.orientation, 6);
        assert_eq!(meta.taken_at.as_deref(), Some("2024-05-01T10:20:30+09:00"));
    }

    #[test]
    fn capture_time_without_offset_stays_local() {
        let seg = app1(&[], &[(0x9003, 2, b"2023:12:31 23:59:58\0")]);
        let meta = read(&with_exif(&tiny_jpeg(), &seg), Format::Jpeg);
        assert_eq!(meta.orientation, 1);
        assert_eq!(meta.taken_at.as_deref(), Some("2023-12-31T23:59:58"));
    }

    #[test]
    fn bad_exif_means_upright_and_unknown_time() {
        let seg = app1(
            &[(0x0112, 3, &9u16.to_le_bytes())],
            &[(0x9003, 2, b"2023:02:30 25:00:00\0")],
        );
        let meta = read(&with_exif(&tiny_jpeg(), &seg), Format::Jpeg);
        assert_eq!(
            meta,
            PhotoMeta {
                orientation: 1,
                taken_at: None
            }
        );
        let garbage = with_exif(&tiny_jpeg(), b"\xFF\xE1\x00\x0AExif\0\0\x01\x02");
        assert_eq!(read(&garbage, Format::Jpeg).orientation, 1);
    }
}
