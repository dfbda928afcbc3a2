//! Which format a file really is, from its first bytes.
//!
//! The name is never trusted: phones and messaging apps save HEIC photos as
//! `IMG_0001.JPG`, and a download cut short or an HTML error page can carry any
//! extension. The magic bytes decide, before any decoder sees the data.

use super::PhotoError;

/// An image format we decode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Jpeg,
    Png,
    WebP,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Jpeg => "JPEG",
            Format::Png => "PNG",
            Format::WebP => "WebP",
        }
    }

    /// As stored in the `photos` table.
    pub fn code(self) -> &'static str {
        match self {
            Format::Jpeg => "jpeg",
            Format::Png => "png",
            Format::WebP => "webp",
        }
    }
}

/// ISO-BMFF brands of HEIF images (ISO/IEC 23008-12): HEVC-coded (`heic`, `heix`,
/// `heim`, `heis`, sequences `hevc`, `hevx`, `hevm`, `hevs`) and the generic image and
/// sequence brands (`mif1`, `msf1`) that iPhones also write as the major brand.
const HEIF_BRANDS: &[&[u8; 4]] = &[
    b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs", b"mif1", b"msf1",
];

/// The format of `bytes`, or why it is refused.
pub fn sniff(bytes: &[u8]) -> Result<Format, PhotoError> {
    let unknown = |found| Err(PhotoError::UnknownFormat { found });
    match bytes {
        [0xFF, 0xD8, 0xFF, ..] => Ok(Format::Jpeg),
        [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, ..] => Ok(Format::Png),
        [
            b'R',
            b'I',
            b'F',
            b'F',
            _,
            _,
            _,
            _,
            b'W',
            b'E',
            b'B',
            b'P',
            ..,
        ] => Ok(Format::WebP),
        [_, _, _, _, b'f', b't', b'y', b'p', ..] => {
            // Major brand, then (after the minor version) the compatible brands.
            let size = u32::from_be_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]) as usize;
            let end = size.clamp(12, bytes.len().min(256));
            let brands = bytes
                .get(8..12)
                .unwrap_or(&[])
                .chunks_exact(4)
                .chain(bytes.get(16..end).unwrap_or(&[]).chunks_exact(4));
            let mut avif = false;
            for brand in brands {
                if HEIF_BRANDS.iter().any(|b| b.as_slice() == brand) {
                    return Err(PhotoError::Heic);
                }
                avif |= brand == b"avif" || brand == b"avis";
            }
            if avif {
                unknown("AVIF image")
            } else {
                unknown("video or other ISO media file")
            }
        }
        [b'G', b'I', b'F', b'8', ..] => unknown("GIF image"),
        [b'B', b'M', ..] => unknown("BMP image"),
        [b'I', b'I', 0x2A, 0x00, ..] | [b'M', b'M', 0x00, 0x2A, ..] => {
            unknown("TIFF or camera raw image")
        }
        [b'%', b'P', b'D', b'F', ..] => unknown("PDF document"),
        [] => unknown("empty file"),
        _ => unknown("not an image"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ftyp(major: &[u8; 4], compatible: &[&[u8; 4]]) -> Vec<u8> {
        let size = 16 + 4 * compatible.len();
        let mut b = (size as u32).to_be_bytes().to_vec();
        b.extend_from_slice(b"ftyp");
        b.extend_from_slice(major);
        b.extend_from_slice(&[0, 0, 0, 0]);
        for c in compatible {
            b.extend_from_slice(*c);
        }
        b.extend_from_slice(&[0, 0, 0, 8, b'm', b'e', b't', b'a']);
        b
    }

    #[test]
    fn formats_are_recognised_by_their_magic_bytes() {
        assert_eq!(sniff(&[0xFF, 0xD8, 0xFF, 0xE1]).unwrap(), Format::Jpeg);
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n....").unwrap(), Format::Png);
        assert_eq!(sniff(b"RIFF\0\0\0\0WEBPVP8 ").unwrap(), Format::WebP);
    }

    #[test]
    fn iphone_heic_is_refused_with_its_own_error() {
        for bytes in [
            ftyp(b"heic", &[b"mif1", b"heic"]),
            ftyp(b"mif1", &[b"heic"]),
            ftyp(b"mif1", &[]),
            ftyp(b"msf1", &[b"hevc"]),
        ] {
            let e = sniff(&bytes).unwrap_err();
            assert!(matches!(e, PhotoError::Heic), "{e:?}");
            assert!(e.to_string().contains("converts HEIC photos to JPEG"));
        }
    }

    #[test]
    fn other_files_are_unknown() {
        for (bytes, what) in [
            (ftyp(b"avif", &[b"avif"]), "AVIF"),
            (ftyp(b"isom", &[b"mp41"]), "video"),
            (b"GIF89a".to_vec(), "GIF"),
            (b"<!DOCTYPE html>".to_vec(), "not an image"),
            (Vec::new(), "empty"),
            (b"\xFF\xD8".to_vec(), "not an image"),
        ] {
            match sniff(&bytes) {
                Err(PhotoError::UnknownFormat { found }) => {
                    assert!(found.contains(what), "{found}")
                }
                other => panic!("{what}: {other:?}"),
            }
        }
    }
}
