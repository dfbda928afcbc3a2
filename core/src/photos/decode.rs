//! From file bytes to RGB pixels, within the limits, in as little memory as the
//! format allows.
//!
//! JPEG (nearly every phone photo) goes through `jpeg-decoder`, whose scaled IDCT
//! decodes straight to 1/2, 1/4 or 1/8 of the size: the `image` crate's JPEG decoder
//! (zune-jpeg) has no such option, and a 48-megapixel photo decoded in full would
//! need 145 MB for its pixels alone when the display copy needs 2048 px. PNG and WebP
//! have no reduced-scale decoding, so they have a lower pixel limit.
//!
//! The image's size is read from its header and checked before any pixel buffer is
//! allocated, so a "decompression bomb" (a tiny file claiming 60000×60000 pixels) is
//! refused without allocating. The decoders are also given allocation limits of their
//! own, and a panic inside one (third-party code fed hostile bytes) is caught and
//! reported as a damaged file rather than taking the app down.

use std::io::Cursor;
use std::panic::{AssertUnwindSafe, catch_unwind};

use image::codecs::png::PngDecoder;
use image::codecs::webp::WebPDecoder;
use image::{DynamicImage, ImageDecoder, ImageError, RgbImage};

use super::sniff::Format;
use super::{Limits, PhotoError};

/// Pixels as decoded, in the file's stored orientation (not yet upright).
#[derive(Debug)]
pub struct Decoded {
    /// The stored size of the full image (before any reduced-scale decoding).
    pub full_width: u32,
    pub full_height: u32,
    /// The pixels, at least `want` on their longer side unless the image is smaller.
    pub pixels: RgbImage,
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
        Format::Png | Format::WebP => decode_full(bytes, format, limits),
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
    let mut decoder = jpeg_decoder::Decoder::new(bytes);
    decoder.set_max_decoding_buffer_size(limits.max_decoder_bytes());
    decoder.read_info().map_err(corrupt)?;
    let info = decoder.info().ok_or_else(|| PhotoError::Corrupt {
        format: "JPEG",
        detail: "no image header".into(),
    })?;
    let (width, height) = (u32::from(info.width), u32::from(info.height));
    check_pixels(width, height, limits.max_pixels)?;
    // A progressive JPEG keeps every DCT coefficient of the full image until the last
    // scan, whatever the output scale: it costs what a full decode does.
    if info.coding_process != jpeg_decoder::CodingProcess::DctSequential {
        check_pixels(width, height, limits.max_full_decode_pixels)?;
    }
    let (tw, th) = fit(width, height, want);
    let clamp = |v: u32| u16::try_from(v).unwrap_or(u16::MAX);
    let (sw, sh) = decoder.scale(clamp(tw), clamp(th)).map_err(corrupt)?;
    let data = decoder.decode().map_err(corrupt)?;
    let (sw, sh) = (u32::from(sw), u32::from(sh));
    let n = sw as usize * sh as usize;
    let rgb = match info.pixel_format {
        jpeg_decoder::PixelFormat::RGB24 => data,
        jpeg_decoder::PixelFormat::L8 => data.iter().flat_map(|&l| [l, l, l]).collect(),
        jpeg_decoder::PixelFormat::L16 => data
            .chunks_exact(2)
            .flat_map(|p| [p[0], p[0], p[0]])
            .collect(),
        jpeg_decoder::PixelFormat::CMYK32 => data
            .chunks_exact(4)
            .flat_map(|p| {
                // As the `image` crate did when it used jpeg-decoder: the decoder
                // returns inverted (Adobe) CMYK.
                let k = 255 - u16::from(p[3]);
                let ch = |c: u8| ((255 - u16::from(c)) * k / 255) as u8;
                [ch(p[0]), ch(p[1]), ch(p[2])]
            })
            .collect(),
    };
    if rgb.len() != n * 3 {
        return Err(PhotoError::Corrupt {
            format: "JPEG",
            detail: "the decoded size does not match the header".into(),
        });
    }
    let pixels = RgbImage::from_raw(sw, sh, rgb).ok_or_else(|| PhotoError::Corrupt {
        format: "JPEG",
        detail: "the decoded size does not match the header".into(),
    })?;
    Ok(Decoded {
        full_width: width,
        full_height: height,
        pixels,
    })
}

fn decode_full(bytes: &[u8], format: Format, limits: &Limits) -> Result<Decoded, PhotoError> {
    let corrupt = |e: ImageError| PhotoError::Corrupt {
        format: format.name(),
        detail: e.to_string(),
    };
    let mut image_limits = image::Limits::default();
    image_limits.max_alloc = Some(limits.max_decoder_bytes() as u64);
    let (width, height, image) = match format {
        Format::Png => {
            // The header first, without limits (reading it allocates nothing), so
            // that an oversized image is reported as such rather than as a decoder
            // limit; then the limits for the pixels.
            let mut decoder =
                PngDecoder::with_limits(Cursor::new(bytes), image::Limits::no_limits())
                    .map_err(corrupt)?;
            let (w, h) = decoder.dimensions();
            check_pixels(w, h, limits.max_pixels)?;
            check_pixels(w, h, limits.max_full_decode_pixels)?;
            decoder.set_limits(image_limits).map_err(corrupt)?;
            (w, h, DynamicImage::from_decoder(decoder))
        }
        // (JPEG never comes here; it has its own scaled decoder.)
        Format::WebP | Format::Jpeg => {
            let mut decoder = WebPDecoder::new(Cursor::new(bytes)).map_err(corrupt)?;
            let (w, h) = decoder.dimensions();
            check_pixels(w, h, limits.max_pixels)?;
            check_pixels(w, h, limits.max_full_decode_pixels)?;
            decoder.set_limits(image_limits).map_err(corrupt)?;
            (w, h, DynamicImage::from_decoder(decoder))
        }
    };
    let image = image.map_err(|e| match e {
        ImageError::Limits(_) => PhotoError::TooManyPixels {
            width,
            height,
            max_pixels: limits.max_full_decode_pixels,
        },
        other => corrupt(other),
    })?;
    Ok(Decoded {
        full_width: width,
        full_height: height,
        pixels: flatten(image),
    })
}

/// RGB on white: a transparent PNG (a sticker, a drawing) shows as on a white page,
/// as the handbook's pages are, rather than on black.
fn flatten(image: DynamicImage) -> RgbImage {
    if !image.color().has_alpha() {
        return image.into_rgb8();
    }
    let rgba = image.into_rgba8();
    let (w, h) = rgba.dimensions();
    let mut rgb = Vec::with_capacity(w as usize * h as usize * 3);
    for p in rgba.pixels() {
        let a = u16::from(p[3]);
        for c in &p.0[..3] {
            rgb.push(((u16::from(*c) * a + 255 * (255 - a) + 127) / 255) as u8);
        }
    }
    drop(rgba);
    // The buffer was built with exactly w*h*3 bytes.
    RgbImage::from_raw(w, h, rgb).unwrap_or_else(|| RgbImage::new(w, h))
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
        let mut rgba = image::RgbaImage::new(2, 1);
        rgba.put_pixel(0, 0, image::Rgba([0, 0, 0, 0]));
        rgba.put_pixel(1, 0, image::Rgba([10, 20, 30, 255]));
        let rgb = flatten(DynamicImage::ImageRgba8(rgba));
        assert_eq!(rgb.get_pixel(0, 0).0, [255, 255, 255]);
        assert_eq!(rgb.get_pixel(1, 0).0, [10, 20, 30]);
    }
}
