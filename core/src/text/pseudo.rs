//! The pseudo-locale (`en-XA` on Android): English with every letter accented and
//! vowels doubled, about a third longer. A screen shown in it makes two faults
//! visible at a glance: plain English came from somewhere other than a catalog, and a
//! label that is cut off will also be cut off in a longer language.

use std::borrow::Cow;

/// Fluent's transform for the pseudo-locale: applied to the catalog's own text only,
/// never to placeholders (names, dates, numbers stay as typed).
pub(super) fn accent(s: &str) -> Cow<'_, str> {
    let mut out = String::with_capacity(s.len() * 2);
    for c in s.chars() {
        let accented = match c {
            'a' => "áá",
            'e' => "éé",
            'i' => "îî",
            'o' => "öö",
            'u' => "üü",
            'A' => "ÁÁ",
            'E' => "ÉÉ",
            'I' => "ÎÎ",
            'O' => "ÖÖ",
            'U' => "ÜÜ",
            'b' => "ƀ",
            'c' => "ç",
            'd' => "ð",
            'f' => "ƒ",
            'g' => "ĝ",
            'h' => "ĥ",
            'j' => "ĵ",
            'k' => "ķ",
            'l' => "ļ",
            'm' => "ɱ",
            'n' => "ñ",
            'p' => "þ",
            'q' => "ǫ",
            'r' => "ŕ",
            's' => "š",
            't' => "ţ",
            'v' => "ṽ",
            'w' => "ŵ",
            'x' => "ẋ",
            'y' => "ý",
            'z' => "ž",
            'B' => "Ɓ",
            'C' => "Ç",
            'D' => "Ð",
            'F' => "Ƒ",
            'G' => "Ĝ",
            'H' => "Ĥ",
            'J' => "Ĵ",
            'K' => "Ķ",
            'L' => "Ļ",
            'M' => "Ṁ",
            'N' => "Ñ",
            'P' => "Þ",
            'Q' => "Ǫ",
            'R' => "Ŕ",
            'S' => "Š",
            'T' => "Ţ",
            'V' => "Ṽ",
            'W' => "Ŵ",
            'X' => "Ẋ",
            'Y' => "Ý",
            'Z' => "Ž",
            _ => {
                out.push(c);
                continue;
            }
        };
        out.push_str(accented);
    }
    Cow::Owned(out)
}
