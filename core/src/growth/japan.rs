//! The Japanese reference: 令和5年乳幼児身体発育調査 (こども家庭庁, published
//! 2024-12-25), whose 3/10/25/50/75/90/97 percentile bands the paper handbook draws
//! since 2025-04.
//!
//! Not bundled yet, on purpose. The official figures are e-Stat's statistical tables
//! 表1 体重 / 表2 身長 / 表3 頭囲 ("一般調査及び病院調査による…の身体発育値",
//! statInfId 000040240361 / 000040240362 / 000040240363 as cited by third parties).
//! When this module was written the official tables could not be read from the
//! sources available to the author, only third-party transcriptions of them, and
//! figures a mother reads her baby against must not be copied unchecked from a
//! transcription. Until a data file transcribed from e-Stat and checked figure by
//! figure lands in `core/data/growth/japan2023/`, every call for
//! [`Standard::Japan2023`](super::Standard::Japan2023) answers with
//! [`GrowthError::StandardUnavailable`] so that the shells can say so (and offer WHO)
//! instead of drawing invented bands.

use super::{GrowthError, Standard};

pub(crate) fn unavailable() -> GrowthError {
    GrowthError::StandardUnavailable {
        standard: Standard::Japan2023,
        reason: "the 2023 survey tables (e-Stat 表1–表3) have not been transcribed and \
                 checked yet; use the WHO standard",
    }
}
