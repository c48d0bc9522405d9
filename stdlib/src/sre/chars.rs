//! Character predicates and case mappings of `_sre`: the ASCII ones (bytes patterns and
//! re.ASCII), the "locale" ones (bytes with re.LOCALE, under the C locale) and the Unicode ones
//! (str patterns), with CPython's definitions (`\d` is str.isdecimal, `\w` is str.isalnum or
//! '_', `\s` is str.isspace).

use super::casemap;
use ferrite_runtime::methods::unicode_tables as ut;

fn map(t: &[(u32, u32)], c: u32) -> u32 {
    match t.binary_search_by_key(&c, |&(k, _)| k) {
        Ok(i) => t[i].1,
        Err(_) => c,
    }
}

pub fn lower_ascii(c: u32) -> u32 {
    if (b'A' as u32..=b'Z' as u32).contains(&c) {
        c + 32
    } else {
        c
    }
}
pub fn upper_ascii(c: u32) -> u32 {
    if (b'a' as u32..=b'z' as u32).contains(&c) {
        c - 32
    } else {
        c
    }
}
/// The C locale's tolower/toupper (bytes patterns with re.LOCALE).
pub fn lower_locale(c: u32) -> u32 {
    lower_ascii(c)
}
pub fn upper_locale(c: u32) -> u32 {
    upper_ascii(c)
}
pub fn lower_unicode(c: u32) -> u32 {
    if c < 128 {
        lower_ascii(c)
    } else {
        map(casemap::LOWER, c)
    }
}
pub fn upper_unicode(c: u32) -> u32 {
    if c < 128 {
        upper_ascii(c)
    } else {
        map(casemap::UPPER, c)
    }
}

fn as_char(c: u32) -> Option<char> {
    char::from_u32(c)
}

pub fn is_digit(c: u32) -> bool {
    (b'0' as u32..=b'9' as u32).contains(&c)
}
pub fn is_space(c: u32) -> bool {
    matches!(c, 9..=13 | 32)
}
pub fn is_alnum(c: u32) -> bool {
    c < 128 && (c as u8).is_ascii_alphanumeric()
}
pub fn is_word(c: u32) -> bool {
    is_alnum(c) || c == b'_' as u32
}
pub fn is_linebreak(c: u32) -> bool {
    c == b'\n' as u32
}
pub fn is_loc_word(c: u32) -> bool {
    is_word(c)
}

pub fn is_uni_digit(c: u32) -> bool {
    if c < 128 {
        return is_digit(c);
    }
    as_char(c).is_some_and(|ch| ut::in_table(ut::DECIMAL, ch))
}
pub fn is_uni_space(c: u32) -> bool {
    if c < 128 {
        return matches!(c, 9..=13 | 28..=32);
    }
    as_char(c).is_some_and(|ch| ch.is_whitespace())
}
pub fn is_uni_linebreak(c: u32) -> bool {
    matches!(
        c,
        10..=13 | 28..=30 | 0x85 | 0x2028 | 0x2029
    )
}
pub fn is_uni_alnum(c: u32) -> bool {
    if c < 128 {
        return is_alnum(c);
    }
    as_char(c).is_some_and(|ch| {
        ut::in_table(ut::ALPHA, ch)
            || ut::in_table(ut::DECIMAL, ch)
            || ut::in_table(ut::DIGIT, ch)
            || ut::in_table(ut::NUMERIC, ch)
    })
}
pub fn is_uni_word(c: u32) -> bool {
    c == b'_' as u32 || is_uni_alnum(c)
}

/// `_sre.ascii_iscased`.
pub fn ascii_iscased(c: u32) -> bool {
    c < 128 && (c as u8).is_ascii_alphabetic()
}
/// `_sre.unicode_iscased`.
pub fn unicode_iscased(c: u32) -> bool {
    c != lower_unicode(c) || c != upper_unicode(c)
}

/// CATEGORY codes.
pub fn category(code: u32, c: u32) -> bool {
    match code {
        0 => is_digit(c),
        1 => !is_digit(c),
        2 => is_space(c),
        3 => !is_space(c),
        4 => is_word(c),
        5 => !is_word(c),
        6 => is_linebreak(c),
        7 => !is_linebreak(c),
        8 => is_loc_word(c),
        9 => !is_loc_word(c),
        10 => is_uni_digit(c),
        11 => !is_uni_digit(c),
        12 => is_uni_space(c),
        13 => !is_uni_space(c),
        14 => is_uni_word(c),
        15 => !is_uni_word(c),
        16 => is_uni_linebreak(c),
        17 => !is_uni_linebreak(c),
        _ => false,
    }
}
