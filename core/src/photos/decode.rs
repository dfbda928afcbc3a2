//! From file bytes to pixels, within the limits, in as little memory as the format
//! allows.
//!
//! JPEG (nearly every phone photo) goes through `jpeg-decoder`, whose scaled IDCT
//! decodes straight to 1/2, 1/4 or 1/8 of the size: the `image` crate's JPEG decoder
//! (zune-jpeg) has no such option, and a 48-megapixel photo decoded in full would
//! need 145 MB for its pixels alone when the display copy needs 2048 px. PNG and WebP
//! have no reduced-scale decoding, so they have a lower pixel limit.
//!
//! Every decoder runs within a budget ([`Limits::max_decoder_bytes`]): the image's
//! size is read from its header and multiplied by what that decoder holds for each
//! pixel (see [`webp_bytes_per_pixel`], [`jpeg_coefficient_bytes`]; 4 bytes for PNG)
//! before any pixel buffer is allocated, so a "decompression bomb" (a tiny file
//! claiming 60000×60000 pixels) is refused without allocating. What a decoder holds
//! besides the pixels is capped at [`SIDE_BYTES`], and what the handbook never uses
//! is never inflated: a PNG's colour profile (`iCCP`) and compressed text (`zTXt`,
//! `iTXt`) are skipped unread. Those chunks are where a PNG hides a bomb of another
//! kind: a 3 MB `iCCP` chunk inflates to 3 GB, and was inflated while the header was
//! read. The stored copies carry no profile and no text anyway. A panic inside a
//! decoder (third-party code fed hostile bytes) is caught and reported as a damaged
//! file rather than taking the app down.
//!
//! Pixels come out as opaque RGBA, the layout the resizer works in (see `render`), so
//! the decoded buffer is the one the resizer reads and never gets a second full-size
//! copy. A PNG is decoded row by row straight into that buffer, each row narrowed
//! from 16 bits, widened from grey and flattened on white as it comes: a 16-bit
//! 25 MP PNG costs its 100 MB of RGBA and a few rows, not 200 MB of 16-bit pixels
//! and then a converted copy.

use std::io::Cursor;
use std::panic::{AssertUnwindSafe, catch_unwind};

use image::RgbaImage;

use super::sniff::Format;
use super::{Limits, PhotoError};

/// The most a decoder may hold besides the pixel buffer: a PNG's rows and the raw
/// chunks it keeps (`eXIf`), a WebP's chunk table and metadata. A photo's EXIF is
/// at most 64 KB (it has to fit a JPEG segment), a row of a 25 MP panorama a few MB.
pub const SIDE_BYTES: usize = 16 * 1024 * 1024;

/// Pixels as decoded, in the file's stored orientation (not yet upright).
#[derive(Debug)]
pub struct Decoded {
    /// The stored size of the full image (before any reduced-scale decoding).
    pub full_width: u32,
    pub full_height: u32,
    /// Opaque RGBA (transparency already flattened on white), at least `want` on
    /// the longer side unless the image is smaller.
    pub pixels: RgbaImage,
}

/// Decode `bytes` (already sniffed as `format`) so that the longer side keeps at least
/// `want` pixels: a JPEG is decoded at the smallest DCT scale that still gives that.
pub fn decode(
    bytes: &[u8],
    format: Format,
    want: u32,
    limits: &Limits,
) -> Result<Decoded, PhotoError> {
    let result = catch_unwind(AssertUnwindSafe(|| match format {
        Format::Jpeg => decode_jpeg(bytes, want, limits),
        Format::Png => decode_png(bytes, limits),
        Format::WebP => decode_webp(bytes, limits),
    }));
    result.unwrap_or_else(|panic| {
        let detail = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "the decoder failed".into());
        Err(PhotoError::Corrupt {
            format: format.name(),
            detail,
        })
    })
}

/// The size of an image whose longer side is at most `max`, keeping the aspect ratio
/// (never enlarged, never zero).
pub fn fit(width: u32, height: u32, max: u32) -> (u32, u32) {
    let long = width.max(height);
    if long <= max {
        return (width, height);
    }
    let scale = |v: u32| {
        let scaled = (u64::from(v) * u64::from(max) + u64::from(long) / 2) / u64::from(long);
        u32::try_from(scaled).unwrap_or(max).max(1)
    };
    (scale(width), scale(height))
}

fn check_pixels(width: u32, height: u32, max_pixels: u64) -> Result<(), PhotoError> {
    if width == 0 || height == 0 {
        return Err(PhotoError::Corrupt {
            format: "image",
            detail: format!("it claims a size of {width}×{height}"),
        });
    }
    if u64::from(width) * u64::from(height) > max_pixels {
        return Err(PhotoError::TooManyPixels {
            width,
            height,
            max_pixels,
        });
    }
    Ok(())
}

/// Refuse an image whose decoder would hold more than the budget (`cost` bytes in
/// all), naming the largest image of its kind that fits.
fn check_budget(width: u32, height: u32, cost: u64, limits: &Limits) -> Result<(), PhotoError> {
    let budget = limits.max_decoder_bytes();
    if cost <= budget {
        return Ok(());
    }
    let pixels = u128::from(width) * u128::from(height);
    let max_pixels = u128::from(budget) * pixels / u128::from(cost);
    Err(PhotoError::TooManyPixels {
        width,
        height,
        max_pixels: u64::try_from(max_pixels).unwrap_or(u64::MAX),
    })
}

fn pixel_count(width: u32, height: u32) -> u64 {
    u64::from(width) * u64::from(height)
}

/// A zeroed RGBA buffer for `width`×`height` pixels, or the refusal if the memory is
/// not there (a refused photo, not an aborted app).
fn rgba_buffer(width: u32, height: u32) -> Result<Vec<u8>, PhotoError> {
    let too_many = || PhotoError::TooManyPixels {
        width,
        height,
        max_pixels: 0,
    };
    let len = usize::try_from(pixel_count(width, height) * 4).map_err(|_| too_many())?;
    let mut buf = Vec::new();
    buf.try_reserve_exact(len).map_err(|_| too_many())?;
    buf.resize(len, 0);
    Ok(buf)
}

/// Turn `n` pixels of `per` bytes each, at the start of `data` (which holds `n * 4`
/// bytes), into RGBA in place. Back to front: pixel `i`'s source bytes lie at or
/// before its destination, and those of the pixels before it are not touched yet.
fn widen_in_place(data: &mut [u8], n: usize, per: usize, pixel: impl Fn(&[u8]) -> [u8; 4]) {
    for i in (0..n).rev() {
        let px = pixel(&data[i * per..i * per + per]);
        data[i * 4..i * 4 + 4].copy_from_slice(&px);
    }
}

/// `c` with opacity `a` over white: a transparent PNG (a sticker, a drawing) shows as
/// on a white page, as the handbook's pages are, rather than on black.
fn over_white(c: u8, a: u8) -> u8 {
    let (c, a) = (u16::from(c), u16::from(a));
    ((c * a + 255 * (255 - a) + 127) / 255) as u8
}

fn flattened(r: u8, g: u8, b: u8, a: u8) -> [u8; 4] {
    [over_white(r, a), over_white(g, a), over_white(b, a), 255]
}

fn decode_jpeg(bytes: &[u8], want: u32, limits: &Limits) -> Result<Decoded, PhotoError> {
    let corrupt = |e: jpeg_decoder::Error| PhotoError::Corrupt {
        format: "JPEG",
        detail: match e {
            jpeg_decoder::Error::Io(io) if io.kind() == std::io::ErrorKind::UnexpectedEof => {
                "the file ends too early".into()
            }
            other => other.to_string(),
        },
    };
    let mismatch = || PhotoError::Corrupt {
        format: "JPEG",
        detail: "the decoded size does not match the header".into(),
    };
    let mut decoder = jpeg_decoder::Decoder::new(bytes);
    decoder.set_max_decoding_buffer_size(
        usize::try_from(limits.max_decoder_bytes()).unwrap_or(usize::MAX),
    );
    decoder.read_info().map_err(corrupt)?;
    let info = decoder.info().ok_or_else(|| PhotoError::Corrupt {
        format: "JPEG",
        detail: "no image header".into(),
    })?;
    let (width, height) = (u32::from(info.width), u32::from(info.height));
    check_pixels(width, height, limits.max_pixels)?;
    // A progressive (or lossless) JPEG keeps a 16-bit coefficient for every sample
    // of the full image until the last scan, whatever the output scale.
    if info.coding_process != jpeg_decoder::CodingProcess::DctSequential {
        let cost = jpeg_coefficient_bytes(bytes)
            .unwrap_or_else(|| pixel_count(width, height).saturating_mul(8));
        check_budget(width, height, cost, limits)?;
    }
    let (tw, th) = fit(width, height, want);
    let clamp = |v: u32| u16::try_from(v).unwrap_or(u16::MAX);
    let (sw, sh) = decoder.scale(clamp(tw), clamp(th)).map_err(corrupt)?;
    let mut data = decoder.decode().map_err(corrupt)?;
    let (sw, sh) = (u32::from(sw), u32::from(sh));
    let n = usize::try_from(pixel_count(sw, sh)).map_err(|_| mismatch())?;
    let per = match info.pixel_format {
        jpeg_decoder::PixelFormat::L8 => 1,
        jpeg_decoder::PixelFormat::L16 => 2,
        jpeg_decoder::PixelFormat::RGB24 => 3,
        jpeg_decoder::PixelFormat::CMYK32 => 4,
    };
    if data.len() != n * per {
        return Err(mismatch());
    }
    // Grown where it lies (a large buffer is remapped, not copied).
    data.try_reserve_exact(n * 4 - data.len())
        .map_err(|_| mismatch())?;
    data.resize(n * 4, 0);
    match info.pixel_format {
        jpeg_decoder::PixelFormat::RGB24 => {
            widen_in_place(&mut data, n, 3, |p| [p[0], p[1], p[2], 255]);
        }
        jpeg_decoder::PixelFormat::L8 | jpeg_decoder::PixelFormat::L16 => {
            widen_in_place(&mut data, n, per, |p| [p[0], p[0], p[0], 255]);
        }
        jpeg_decoder::PixelFormat::CMYK32 => widen_in_place(&mut data, n, 4, |p| {
            // As the `image` crate did when it used jpeg-decoder: the decoder
            // returns inverted (Adobe) CMYK.
            let k = 255 - u16::from(p[3]);
            let ch = |c: u8| ((255 - u16::from(c)) * k / 255) as u8;
            [ch(p[0]), ch(p[1]), ch(p[2]), 255]
        }),
    }
    decoded("JPEG", (width, height), (sw, sh), data)
}

/// The decoded RGBA buffer of a photo whose header said `full` and whose decoder gave
/// `scaled` (a JPEG decodes at a smaller DCT scale); a buffer of another size than
/// `scaled` says the decoder and the header disagree.
fn decoded(
    format: &'static str,
    full: (u32, u32),
    scaled: (u32, u32),
    rgba: Vec<u8>,
) -> Result<Decoded, PhotoError> {
    let pixels =
        RgbaImage::from_raw(scaled.0, scaled.1, rgba).ok_or_else(|| PhotoError::Corrupt {
            format,
            detail: "the decoded size does not match the header".into(),
        })?;
    Ok(Decoded {
        full_width: full.0,
        full_height: full.1,
        pixels,
    })
}

/// What a progressive JPEG's decoder holds until its last scan: a 16-bit coefficient
/// for each sample of each component, padded to whole MCUs, from the frame header
/// (a 4:2:0 photo: 3 bytes a pixel; 4:4:4: 6; CMYK: 8). None without a frame header.
fn jpeg_coefficient_bytes(bytes: &[u8]) -> Option<u64> {
    let (_, sof) = jpeg_segments(bytes).find(|(marker, _)| {
        matches!(marker, 0xC0..=0xCF) && !matches!(marker, 0xC4 | 0xC8 | 0xCC)
    })?;
    let height = u64::from(u16::from_be_bytes([*sof.get(1)?, *sof.get(2)?]));
    let width = u64::from(u16::from_be_bytes([*sof.get(3)?, *sof.get(4)?]));
    let count = usize::from(*sof.get(5)?);
    let sampling: Vec<(u64, u64)> = sof
        .get(6..6 + 3 * count)?
        .chunks_exact(3)
        .map(|c| (u64::from(c[1] >> 4).max(1), u64::from(c[1] & 0x0F).max(1)))
        .collect();
    let h_max = sampling.iter().map(|s| s.0).max()?;
    let v_max = sampling.iter().map(|s| s.1).max()?;
    let mcus_x = width.div_ceil(8 * h_max);
    let mcus_y = height.div_ceil(8 * v_max);
    Some(
        sampling
            .iter()
            .map(|(h, v)| mcus_x * h * mcus_y * v * 64 * 2)
            .sum(),
    )
}

/// The marker segments of a JPEG before its first scan, as (marker, contents without
/// the length field). Stops at the first scan, the end of the image, or anything that
/// is not a well-formed segment: what the decoder is about to read is then its own
/// business, and these header walks only need what comes first.
pub(super) fn jpeg_segments(bytes: &[u8]) -> impl Iterator<Item = (u8, &[u8])> {
    let mut at = 2;
    std::iter::from_fn(move || {
        loop {
            while bytes.get(at..at + 2)? == [0xFF, 0xFF] {
                at += 1;
            }
            if *bytes.get(at)? != 0xFF {
                return None;
            }
            let marker = *bytes.get(at + 1)?;
            at += 2;
            match marker {
                0x01 | 0xD0..=0xD7 => continue,
                0xD9 | 0xDA => return None,
                _ => {}
            }
            let len = usize::from(u16::from_be_bytes([*bytes.get(at)?, *bytes.get(at + 1)?]));
            let segment = bytes.get(at + 2..at + len.max(2))?;
            at += len.max(2);
            return Some((marker, segment));
        }
    })
}

fn decode_png(bytes: &[u8], limits: &Limits) -> Result<Decoded, PhotoError> {
    let corrupt = |e: png::DecodingError| PhotoError::Corrupt {
        format: "PNG",
        detail: match e {
            png::DecodingError::LimitsExceeded => format!(
                "it holds more than {} MB of metadata or rows",
                SIDE_BYTES >> 20
            ),
            other => other.to_string(),
        },
    };
    let mut decoder =
        png::Decoder::new_with_limits(Cursor::new(bytes), png::Limits { bytes: SIDE_BYTES });
    decoder.set_ignore_iccp_chunk(true);
    decoder.set_ignore_text_chunk(true);
    // Palettes and 1–4-bit samples to 8 bits; 16-bit samples are narrowed here, row
    // by row, with the rounding the `image` crate uses (so ids stay the same).
    decoder.set_transformations(png::Transformations::EXPAND);
    let header = decoder.read_header_info().map_err(corrupt)?;
    let (width, height) = (header.width, header.height);
    check_pixels(width, height, limits.max_pixels)?;
    check_budget(width, height, pixel_count(width, height) * 4, limits)?;
    let mut reader = decoder.read_info().map_err(corrupt)?;
    let (color, depth) = reader.output_color_type();
    let channels = color.samples();
    let sample_bytes = match depth {
        png::BitDepth::Eight => 1,
        png::BitDepth::Sixteen => 2,
        _ => 0,
    };
    if sample_bytes == 0 || color == png::ColorType::Indexed {
        return Err(PhotoError::Corrupt {
            format: "PNG",
            detail: format!("unexpected {color:?} pixels of {depth:?} bits"),
        });
    }
    let stride = width as usize * 4;
    let mut rgba = rgba_buffer(width, height)?;
    let mut pass_row = Vec::new();
    let mut y = 0;
    while let Some(row) = reader.next_interlaced_row().map_err(corrupt)? {
        let data = row.data();
        match row.interlace() {
            png::InterlaceInfo::Null(_) => {
                let out = rgba
                    .get_mut(y * stride..(y + 1) * stride)
                    .ok_or_else(|| corrupt(png::DecodingError::LimitsExceeded))?;
                png_row_to_rgba(data, channels, sample_bytes, out);
                y += 1;
            }
            png::InterlaceInfo::Adam7(pass) => {
                pass_row.resize(data.len() / (channels * sample_bytes) * 4, 0);
                png_row_to_rgba(data, channels, sample_bytes, &mut pass_row);
                png::expand_interlaced_row(&mut rgba, stride, &pass_row, pass, 32);
            }
        }
    }
    decoded("PNG", (width, height), (width, height), rgba)
}

/// One decoded PNG row (grey, grey+alpha, RGB or RGBA; 8 or 16 bits a sample) as
/// opaque RGBA.
fn png_row_to_rgba(data: &[u8], channels: usize, sample_bytes: usize, out: &mut [u8]) {
    for (src, dst) in data
        .chunks_exact(channels * sample_bytes)
        .zip(out.chunks_exact_mut(4))
    {
        let s = |i: usize| match sample_bytes {
            // round(v × 255 / 65535), as `image` narrows 16-bit samples.
            2 => ((u32::from(u16::from_be_bytes([src[2 * i], src[2 * i + 1]])) + 128) / 257) as u8,
            _ => src[i],
        };
        let px = match channels {
            1 => [s(0), s(0), s(0), 255],
            2 => flattened(s(0), s(0), s(0), s(1)),
            3 => [s(0), s(1), s(2), 255],
            _ => flattened(s(0), s(1), s(2), s(3)),
        };
        dst.copy_from_slice(&px);
    }
}

/// What `image-webp` holds for each pixel while decoding, besides our RGBA buffer
/// (4 bytes) where it writes: lossy, the YUV planes (1.5); lossless without alpha, a
/// whole RGBA frame it then copies out (4); with an alpha plane, that plane decoded
/// as a lossless RGBA frame and kept (5); an animation, the canvas and a frame of
/// either kind (up to 12).
fn webp_bytes_per_pixel(lossy: bool, alpha: bool, animated: bool) -> u64 {
    4 + match (animated, lossy, alpha) {
        (true, _, _) => 12,
        (false, true, true) => 7,
        (false, true, false) => 2,
        (false, false, true) => 1,
        (false, false, false) => 4,
    }
}

fn decode_webp(bytes: &[u8], limits: &Limits) -> Result<Decoded, PhotoError> {
    let corrupt = |e: image_webp::DecodingError| PhotoError::Corrupt {
        format: "WebP",
        detail: e.to_string(),
    };
    let mut decoder = image_webp::WebPDecoder::new(Cursor::new(bytes)).map_err(corrupt)?;
    decoder.set_memory_limit(SIDE_BYTES);
    let (width, height) = decoder.dimensions();
    check_pixels(width, height, limits.max_pixels)?;
    let alpha = decoder.has_alpha();
    let animated = decoder.is_animated();
    let per_pixel = webp_bytes_per_pixel(decoder.is_lossy(), alpha, animated);
    check_budget(
        width,
        height,
        pixel_count(width, height).saturating_mul(per_pixel),
        limits,
    )?;
    let mut rgba = rgba_buffer(width, height)?;
    let n = rgba.len() / 4;
    let (per, out) = if alpha { (4, n * 4) } else { (3, n * 3) };
    if decoder.output_buffer_size() != Some(out) {
        return Err(corrupt(image_webp::DecodingError::InconsistentImageSizes));
    }
    decoder.read_image(&mut rgba[..out]).map_err(corrupt)?;
    if alpha {
        for px in rgba.chunks_exact_mut(4) {
            let flat = flattened(px[0], px[1], px[2], px[3]);
            px.copy_from_slice(&flat);
        }
    } else {
        widen_in_place(&mut rgba, n, per, |p| [p[0], p[1], p[2], 255]);
    }
    decoded("WebP", (width, height), (width, height), rgba)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_keeps_the_aspect_and_never_enlarges() {
        assert_eq!(fit(4032, 3024, 2048), (2048, 1536));
        assert_eq!(fit(3024, 4032, 320), (240, 320));
        assert_eq!(fit(100, 50, 320), (100, 50));
        assert_eq!(fit(10000, 1, 320), (320, 1));
    }

    #[test]
    fn transparent_pixels_become_white() {
        assert_eq!(flattened(0, 0, 0, 0), [255, 255, 255, 255]);
        assert_eq!(flattened(10, 20, 30, 255), [10, 20, 30, 255]);
    }

    #[test]
    fn pixels_widen_in_place() {
        let mut grey = vec![7, 9, 0, 0, 0, 0, 0, 0];
        widen_in_place(&mut grey, 2, 1, |p| [p[0], p[0], p[0], 255]);
        assert_eq!(grey, [7, 7, 7, 255, 9, 9, 9, 255]);
        let mut rgb = vec![1, 2, 3, 4, 5, 6, 0, 0];
        widen_in_place(&mut rgb, 2, 3, |p| [p[0], p[1], p[2], 255]);
        assert_eq!(rgb, [1, 2, 3, 255, 4, 5, 6, 255]);
    }
}
