//! Unicode normalization (NFC, NFD, NFKC, NFKD) over the generated Unicode 15.0 tables:
//! full decomposition (Hangul algorithmically), canonical ordering, canonical composition.

use super::tables;
use std::collections::HashMap;
use std::sync::OnceLock;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Form {
    Nfc,
    Nfd,
    Nfkc,
    Nfkd,
}

const S_BASE: u32 = 0xac00;
const L_BASE: u32 = 0x1100;
const V_BASE: u32 = 0x1161;
const T_BASE: u32 = 0x11a7;
const L_COUNT: u32 = 19;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const N_COUNT: u32 = V_COUNT * T_COUNT;
const S_COUNT: u32 = L_COUNT * N_COUNT;

/// The decomposition mapping of `c`: (compatibility tag present, code points).
fn mapping(c: char) -> Option<(bool, Vec<char>)> {
    let d = super::decomposition_of(c);
    if d.is_empty() {
        return None;
    }
    let compat = d.starts_with('<');
    let chars = d
        .split(' ')
        .filter(|p| !p.starts_with('<'))
        .filter_map(|h| u32::from_str_radix(h, 16).ok())
        .filter_map(char::from_u32)
        .collect();
    Some((compat, chars))
}

fn decompose_into(c: char, compat: bool, out: &mut Vec<char>) {
    let cp = c as u32;
    if (S_BASE..S_BASE + S_COUNT).contains(&cp) {
        let s = cp - S_BASE;
        let l = L_BASE + s / N_COUNT;
        let v = V_BASE + (s % N_COUNT) / T_COUNT;
        let t = T_BASE + s % T_COUNT;
        out.extend([l, v].iter().filter_map(|&x| char::from_u32(x)));
        if t != T_BASE {
            out.extend(char::from_u32(t));
        }
        return;
    }
    match mapping(c) {
        Some((is_compat, chars)) if compat || !is_compat => {
            for d in chars {
                decompose_into(d, compat, out);
            }
        }
        _ => out.push(c),
    }
}

fn ccc(c: char) -> u8 {
    super::combining_of(c)
}

fn decompose(s: &str, compat: bool) -> Vec<char> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        decompose_into(c, compat, &mut out);
    }
    // canonical ordering: stable sort of each run of non-starters by combining class
    let mut i = 0;
    while i < out.len() {
        if ccc(out[i]) == 0 {
            i += 1;
            continue;
        }
        let start = i;
        while i < out.len() && ccc(out[i]) != 0 {
            i += 1;
        }
        out[start..i].sort_by_key(|&c| ccc(c));
    }
    out
}

fn compositions() -> &'static HashMap<(char, char), char> {
    static MAP: OnceLock<HashMap<(char, char), char>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut m = HashMap::new();
        for &(cp, d) in tables::DECOMPOSITIONS {
            if d.starts_with('<') || tables::COMPOSITION_EXCLUDED.binary_search(&cp).is_ok() {
                continue;
            }
            let parts: Vec<char> = d
                .split(' ')
                .filter_map(|h| u32::from_str_radix(h, 16).ok())
                .filter_map(char::from_u32)
                .collect();
            if let (2, Some(c)) = (parts.len(), char::from_u32(cp)) {
                m.insert((parts[0], parts[1]), c);
            }
        }
        m
    })
}

fn compose_pair(a: char, b: char) -> Option<char> {
    let (a32, b32) = (a as u32, b as u32);
    if (L_BASE..L_BASE + L_COUNT).contains(&a32) && (V_BASE..V_BASE + V_COUNT).contains(&b32) {
        let s = S_BASE + ((a32 - L_BASE) * V_COUNT + (b32 - V_BASE)) * T_COUNT;
        return char::from_u32(s);
    }
    if (S_BASE..S_BASE + S_COUNT).contains(&a32)
        && (a32 - S_BASE).is_multiple_of(T_COUNT)
        && (T_BASE + 1..T_BASE + T_COUNT).contains(&b32)
    {
        return char::from_u32(a32 + (b32 - T_BASE));
    }
    compositions().get(&(a, b)).copied()
}

fn compose(chars: Vec<char>) -> String {
    let mut out: Vec<char> = Vec::with_capacity(chars.len());
    let mut starter: Option<usize> = None;
    let mut last_cc: u8 = 0;
    for c in chars {
        let cc = ccc(c);
        if let Some(si) = starter {
            let adjacent = out.len() == si + 1;
            if adjacent || (last_cc != 0 && last_cc < cc) {
                if let Some(comp) = compose_pair(out[si], c) {
                    out[si] = comp;
                    continue;
                }
            }
        }
        if cc == 0 {
            starter = Some(out.len());
        }
        last_cc = cc;
        out.push(c);
    }
    out.into_iter().collect()
}

pub fn normalize(form: Form, s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    match form {
        Form::Nfd => decompose(s, false).into_iter().collect(),
        Form::Nfkd => decompose(s, true).into_iter().collect(),
        Form::Nfc => compose(decompose(s, false)),
        Form::Nfkc => compose(decompose(s, true)),
    }
}
