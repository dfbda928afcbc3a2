//! The stored copies: upright, resized, re-encoded without metadata, and the hash
//! that names them.
//!
//! Sizes and qualities (the reasons are in the constants' comments):
//! - display: longest side [`DISPLAY_MAX`] px, JPEG quality [`DISPLAY_QUALITY`];
//! - thumbnail: longest side [`THUMBNAIL_MAX`] px, JPEG quality [`THUMBNAIL_QUALITY`].
//!
//! Both are baseline JPEG with 4:2:0 chroma: every phone, browser and e-mail client
//! a grandparent may use shows it, and decodes it fastest. Only the pixels are
//! encoded; the encoder writes a bare JFIF header and nothing else, so no EXIF, GPS,
//! camera serial, XMP or ICC profile from the original can survive.

use fast_image_resize::images::{Image, ImageRef};
use fast_image_resize::{FilterType, PixelType, ResizeAlg, ResizeOptions, Resizer};
use image::metadata::Orientation;
use image::{DynamicImage, RgbImage, RgbaImage};

use super::PhotoError;
use super::decode::{Decoded, fit};

/// Longest side of the display copy. 2048 px covers a full-screen photo on current
/// phones (a 6.7" phone is 1290×2796 px; a photo in landscape shows at ≤ 2796 wide
/// but is rarely zoomed) and a tablet or laptop at a comfortable size, at a quarter
/// of a 12 MP original's pixels.
pub const DISPLAY_MAX: u32 = 2048;

/// Quality 85 (libjpeg scale) with 4:2:0 chroma: the point where artefacts stop
/// being visible in photos at viewing size, used by most photo services; a 12 MP
/// phone photo reduced to 2048 px is then ~0.3–0.6 MB. Quality 90+ grows the files by
/// ~40% for differences no one sees on a phone; 75 starts to ring around the edges
/// of text in photographed documents and screenshots (echo reports, handwritten
/// notes from the midwife), which families do keep here.
pub const DISPLAY_QUALITY: u8 = 85;

/// Longest side of the thumbnail: 320 px is what a 3-column grid needs on a typical
/// phone (360–430 dp wide, so ~120–140 dp a cell; ×2–3 density = 240–430 px), and the
/// size of the benchmark's reference (`vipsthumbnail -s 320`). A cell wider than the
/// thumbnail's shorter side (square crops on a 3× phone) uses the display copy.
pub const THUMBNAIL_MAX: u32 = 320;

/// Quality 80: a thumbnail is seen small and many at once, where loading a grid of
/// hundreds fast matters more than the last detail (~15–25 KB each).
pub const THUMBNAIL_QUALITY: u8 = 80;

/// An encoded rendition, ready to be written.
#[derive(Debug)]
pub struct Encoded {
    pub bytes: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

/// The normalized image: upright pixels at display size, and its content hash.
#[derive(Debug)]
pub struct Normalized {
    pub pixels: RgbImage,
    /// Hex, 32 digits (128 bits of BLAKE3): the photo's id and file name.
    pub id: String,
    /// The original's size, upright.
    pub width: u32,
    pub height: u32,
}

/// Upright display-size pixels from a decoded image.
///
/// Resized before being turned upright, so that the rotation copies the small image,
/// not the full-resolution one; the decoded buffer is dropped as soon as the resized
/// one exists.
pub fn normalize(decoded: Decoded, orientation: Orientation) -> Result<Normalized, PhotoError> {
    let (dw, dh) = fit(decoded.full_width, decoded.full_height, DISPLAY_MAX);
    let resized = shrink(decoded.pixels, dw, dh)?;
    let pixels = orient(resized, orientation);
    let swapped = matches!(
        orientation,
        Orientation::Rotate90
            | Orientation::Rotate270
            | Orientation::Rotate90FlipH
            | Orientation::Rotate270FlipH
    );
    let (width, height) = if swapped {
        (decoded.full_height, decoded.full_width)
    } else {
        (decoded.full_width, decoded.full_height)
    };
    let id = content_id(&pixels);
    Ok(Normalized {
        pixels,
        id,
        width,
        height,
    })
}

/// The hash of the normalized pixels, not of the file: the same photo received twice
/// (once straight from the camera, once through a chat app that stripped its EXIF)
/// is one photo. The size is hashed too, so a reshaped buffer never collides.
pub fn content_id(pixels: &RgbImage) -> String {
    let mut h = blake3::Hasher::new();
    h.update(b"hagukumi photo v1 rgb8\0");
    h.update(&pixels.width().to_le_bytes());
    h.update(&pixels.height().to_le_bytes());
    h.update(pixels.as_raw());
    let hex = h.finalize().to_hex();
    hex.as_str()[..32].to_string()
}

/// Encode the display copy and make the thumbnail from it.
pub fn renditions(n: &Normalized) -> Result<(Encoded, Encoded), PhotoError> {
    let display = encode(&n.pixels, DISPLAY_QUALITY)?;
    let thumbnail = thumbnail_from(&n.pixels)?;
    Ok((display, thumbnail))
}

/// A thumbnail from upright pixels of any size.
pub fn thumbnail_from(pixels: &RgbImage) -> Result<Encoded, PhotoError> {
    let (tw, th) = fit(pixels.width(), pixels.height(), THUMBNAIL_MAX);
    if (tw, th) == pixels.dimensions() {
        return encode(pixels, THUMBNAIL_QUALITY);
    }
    let small = resize_ref(pixels, tw, th)?;
    encode(&small, THUMBNAIL_QUALITY)
}

/// Resize with a Lanczos-3 filter (sharp, no visible ringing at these ratios), on the
/// CPU's SIMD path.
///
/// `fast_image_resize` is built with `only_u8x4`: its SIMD kernels for every other
/// pixel type made up about 3 MB of the 11 MB phone library. The decoders therefore
/// hand over opaque RGBA, which is resized where it lies and dropped as soon as the
/// display-size copy exists; only that small copy becomes RGB.
pub fn shrink(src: RgbaImage, width: u32, height: u32) -> Result<RgbImage, PhotoError> {
    let (w, h) = src.dimensions();
    if (w, h) == (width, height) {
        let rgb = src
            .as_raw()
            .chunks_exact(4)
            .flat_map(|px| [px[0], px[1], px[2]])
            .collect();
        return RgbImage::from_raw(w, h, rgb)
            .ok_or_else(|| resize_failed("unexpected buffer size"));
    }
    resize_rgba(src.into_raw(), w, h, width, height)
}

fn resize_ref(src: &RgbImage, width: u32, height: u32) -> Result<RgbImage, PhotoError> {
    resize_rgba(to_rgba(src), src.width(), src.height(), width, height)
}

fn resize_failed(e: &str) -> PhotoError {
    PhotoError::Corrupt {
        format: "image",
        detail: format!("could not be resized: {e}"),
    }
}

fn to_rgba(src: &RgbImage) -> Vec<u8> {
    let mut out = Vec::with_capacity(src.as_raw().len() / 3 * 4);
    for px in src.as_raw().chunks_exact(3) {
        out.extend_from_slice(&[px[0], px[1], px[2], 255]);
    }
    out
}

fn resize_rgba(
    rgba: Vec<u8>,
    w: u32,
    h: u32,
    width: u32,
    height: u32,
) -> Result<RgbImage, PhotoError> {
    let fail = |e: String| resize_failed(&e);
    let view = ImageRef::new(w, h, &rgba, PixelType::U8x4).map_err(|e| fail(e.to_string()))?;
    let mut dst = Image::new(width, height, PixelType::U8x4);
    // Every pixel is opaque: no alpha premultiplication needed.
    let options = ResizeOptions::new()
        .resize_alg(ResizeAlg::Convolution(FilterType::Lanczos3))
        .use_alpha(false);
    Resizer::new()
        .resize(&view, &mut dst, &options)
        .map_err(|e| fail(e.to_string()))?;
    drop(rgba);
    let rgb: Vec<u8> = dst
        .into_vec()
        .chunks_exact(4)
        .flat_map(|px| [px[0], px[1], px[2]])
        .collect();
    RgbImage::from_raw(width, height, rgb).ok_or_else(|| fail("unexpected buffer size".into()))
}

/// Turn the pixels upright (all eight EXIF orientations).
pub fn orient(pixels: RgbImage, orientation: Orientation) -> RgbImage {
    if orientation == Orientation::NoTransforms {
        return pixels;
    }
    let mut image = DynamicImage::ImageRgb8(pixels);
    image.apply_orientation(orientation);
    image.into_rgb8()
}

/// Baseline JPEG, 4:2:0, optimized Huffman tables (3–8% smaller for one more pass
/// over the coefficients), no metadata.
pub fn encode(pixels: &RgbImage, quality: u8) -> Result<Encoded, PhotoError> {
    let (width, height) = pixels.dimensions();
    let too_big = || PhotoError::TooManyPixels {
        width,
        height,
        max_pixels: u64::from(u16::MAX) * u64::from(u16::MAX),
    };
    let w = u16::try_from(width).map_err(|_| too_big())?;
    let h = u16::try_from(height).map_err(|_| too_big())?;
    let mut bytes = Vec::with_capacity(width as usize * height as usize / 8);
    let mut encoder = jpeg_encoder::Encoder::new(&mut bytes, quality);
    encoder.set_sampling_factor(jpeg_encoder::SamplingFactor::R_4_2_0);
    encoder.set_optimized_huffman_tables(true);
    encoder
        .encode(pixels.as_raw(), w, h, jpeg_encoder::ColorType::Rgb)
        .map_err(|e| PhotoError::Corrupt {
            format: "image",
            detail: format!("could not be encoded: {e}"),
        })?;
    Ok(Encoded {
        bytes,
        width,
        height,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_eight_orientations_turn_a_marker_upright() {
        // A 3×2 image with a red pixel at the top left, as a viewer should show it.
        // Stored for orientation N, the red pixel sits where the camera left it; after
        // `orient` it must be back at the top left, and the size upright (3×2).
        let upright = |pixels: RgbImage| (pixels.dimensions(), pixels.get_pixel(0, 0).0);
        let red = image::Rgb([255, 0, 0]);
        for exif in 1..=8u8 {
            let o = Orientation::from_exif(exif).unwrap();
            // Build the stored image by applying the inverse transform to the upright one.
            let mut img = RgbImage::new(3, 2);
            img.put_pixel(0, 0, red);
            let mut stored = DynamicImage::ImageRgb8(img);
            let inverse = match o {
                Orientation::Rotate90 => Orientation::Rotate270,
                Orientation::Rotate270 => Orientation::Rotate90,
                other => other,
            };
            stored.apply_orientation(inverse);
            let back = orient(stored.into_rgb8(), o);
            assert_eq!(upright(back), ((3, 2), [255, 0, 0]), "orientation {exif}");
        }
    }

    #[test]
    fn the_id_depends_on_the_pixels_and_the_shape() {
        let a = RgbImage::from_raw(2, 3, vec![7; 18]).unwrap();
        let b = RgbImage::from_raw(3, 2, vec![7; 18]).unwrap();
        assert_eq!(content_id(&a).len(), 32);
        assert_ne!(content_id(&a), content_id(&b));
        assert_eq!(content_id(&a), content_id(&a.clone()));
    }

    #[test]
    fn encoded_copies_carry_no_metadata_segments() {
        let img = RgbImage::from_fn(64, 48, |x, y| image::Rgb([x as u8 * 4, y as u8 * 5, 90]));
        let e = encode(&img, DISPLAY_QUALITY).unwrap();
        assert!(
            super::super::tests::app_segments(&e.bytes)
                .iter()
                .all(|m| *m == 0xE0)
        );
    }
}
