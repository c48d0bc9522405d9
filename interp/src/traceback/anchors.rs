//! The secondary ranges of a traceback's position markers (CPython 3.12's
//! `extract_anchors_from_line`): the code segment of the failing instruction is parsed on its
//! own; a binary operation marks its operator with `^` and the operands with `~`, a subscript
//! marks `[...]` with `^` and the value with `~`.

use rustpython_parser::ast::{self, Ranged};

pub struct Anchors {
    /// byte offsets within the segment: `left_end..right_start` gets the secondary character
    pub left_end: usize,
    pub right_start: usize,
    pub primary: char,
    pub secondary: char,
}

fn is_ws(b: u8) -> bool {
    b == b' ' || b == b'\t' || b == 0x0c
}

pub fn extract(segment: &str) -> Option<Anchors> {
    if segment.contains('\n') {
        return None;
    }
    let module =
        rustpython_parser::parse(segment, rustpython_parser::Mode::Module, "<segment>").ok()?;
    let ast::Mod::Module(m) = module else {
        return None;
    };
    if m.body.len() != 1 {
        return None;
    }
    let ast::Stmt::Expr(st) = &m.body[0] else {
        return None;
    };
    let s = segment.as_bytes();
    match st.value.as_ref() {
        ast::Expr::BinOp(b) => {
            let left_end = b.left.end().to_usize();
            let right_start = b.right.start().to_usize().min(s.len());
            let mut found = None;
            let mut i = left_end;
            while i < right_start {
                if is_ws(s[i]) {
                    i += 1;
                    continue;
                }
                let mut r = i + 1;
                if i + 1 < right_start && !is_ws(s[i + 1]) {
                    r += 1;
                }
                found = Some((i, r));
                if i + 1 < right_start && s[i] == b')' {
                    i += 1;
                    continue;
                }
                break;
            }
            let (l, r) = found?;
            Some(Anchors {
                left_end: l,
                right_start: r,
                primary: '~',
                secondary: '^',
            })
        }
        ast::Expr::Subscript(sub) => {
            let len = s.len();
            let mut l = sub.value.end().to_usize();
            let mut r = sub.slice.end().to_usize() + 1;
            while l < len && s[l] != b'[' {
                l += 1;
            }
            while r < len && s[r] != b']' {
                r += 1;
            }
            if r < len {
                r += 1;
            }
            Some(Anchors {
                left_end: l,
                right_start: r,
                primary: '~',
                secondary: '^',
            })
        }
        _ => None,
    }
}
