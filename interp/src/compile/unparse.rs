//! Expression unparsing for `from __future__ import annotations` (annotations become strings),
//! following the output of CPython's ast_unparse.c: precedence-driven parentheses, `repr` of
//! constants.

use super::ast::{self, BoolOp, CmpOp, Expr, Operator, UnaryOp};

// Precedence levels, lowest first (CPython's PR_* values).
const TUPLE: u8 = 0;
const TEST: u8 = 1;
const OR: u8 = 2;
const AND: u8 = 3;
const NOT: u8 = 4;
const CMP: u8 = 5;
const BOR: u8 = 6;
const BXOR: u8 = 7;
const BAND: u8 = 8;
const SHIFT: u8 = 9;
const ARITH: u8 = 10;
const TERM: u8 = 11;
const FACTOR: u8 = 12;
const POWER: u8 = 13;
const AWAIT: u8 = 14;
const ATOM: u8 = 15;

pub(crate) fn unparse(e: &Expr) -> String {
    let mut s = String::new();
    expr(&mut s, e, TEST);
    s
}

pub(crate) fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    // Shortest round-trip digits and exponent.
    let e = format!("{f:e}");
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let neg = mant.starts_with('-');
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if (-4..16).contains(&exp) {
        if exp >= 0 {
            let int_len = exp as usize + 1;
            if digits.len() <= int_len {
                out.push_str(&digits);
                out.push_str(&"0".repeat(int_len - digits.len()));
                out.push_str(".0");
            } else {
                out.push_str(&digits[..int_len]);
                out.push('.');
                out.push_str(&digits[int_len..]);
            }
        } else {
            out.push_str("0.");
            out.push_str(&"0".repeat((-exp - 1) as usize));
            out.push_str(&digits);
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    }
    out
}

pub(crate) fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if (0x80..0xa1).contains(&(c as u32)) || c as u32 == 0xad => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if (0xd800..0xe000).contains(&(c as u32)) => {
                out.push_str(&format!("\\u{:04x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

pub(crate) fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

fn constant(s: &mut String, c: &ast::Constant) {
    match c {
        ast::Constant::None => s.push_str("None"),
        ast::Constant::Bool(b) => s.push_str(if *b { "True" } else { "False" }),
        ast::Constant::Str(x) => s.push_str(&str_repr(x)),
        ast::Constant::Bytes(b) => s.push_str(&bytes_repr(b)),
        ast::Constant::Int(i) => s.push_str(&i.to_string()),
        ast::Constant::Float(f) => {
            if f.is_infinite() {
                s.push_str(if *f > 0.0 { "1e309" } else { "-1e309" });
            } else {
                s.push_str(&float_repr(*f));
            }
        }
        ast::Constant::Complex { real, imag } => {
            if *real == 0.0 && !real.is_sign_negative() {
                s.push_str(&float_repr_complex_part(*imag));
                s.push('j');
            } else {
                s.push('(');
                s.push_str(&float_repr_complex_part(*real));
                if *imag >= 0.0 || imag.is_nan() {
                    s.push('+');
                }
                s.push_str(&float_repr_complex_part(*imag));
                s.push_str("j)");
            }
        }
        ast::Constant::Tuple(t) => {
            s.push('(');
            for (i, x) in t.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                constant(s, x);
            }
            if t.len() == 1 {
                s.push(',');
            }
            s.push(')');
        }
        ast::Constant::Ellipsis => s.push_str("..."),
    }
}

fn float_repr_complex_part(f: f64) -> String {
    if f.is_infinite() {
        return if f > 0.0 {
            "1e309".into()
        } else {
            "-1e309".into()
        };
    }
    let r = float_repr(f);
    r.strip_suffix(".0").map(|x| x.to_string()).unwrap_or(r)
}

fn binop_prec(op: &Operator) -> (u8, &'static str) {
    match op {
        Operator::Add => (ARITH, "+"),
        Operator::Sub => (ARITH, "-"),
        Operator::Mult => (TERM, "*"),
        Operator::MatMult => (TERM, "@"),
        Operator::Div => (TERM, "/"),
        Operator::Mod => (TERM, "%"),
        Operator::FloorDiv => (TERM, "//"),
        Operator::Pow => (POWER, "**"),
        Operator::LShift => (SHIFT, "<<"),
        Operator::RShift => (SHIFT, ">>"),
        Operator::BitOr => (BOR, "|"),
        Operator::BitXor => (BXOR, "^"),
        Operator::BitAnd => (BAND, "&"),
    }
}

fn cmp_str(op: &CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        CmpOp::GtE => ">=",
        CmpOp::Is => "is",
        CmpOp::IsNot => "is not",
        CmpOp::In => "in",
        CmpOp::NotIn => "not in",
    }
}

fn seq(s: &mut String, elts: &[Expr]) {
    for (i, x) in elts.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        expr(s, x, TEST);
    }
}

fn comprehensions(s: &mut String, gens: &[ast::Comprehension]) {
    for g in gens {
        s.push_str(if g.is_async { " async for " } else { " for " });
        expr(s, &g.target, TUPLE);
        s.push_str(" in ");
        expr(s, &g.iter, TEST + 1);
        for c in &g.ifs {
            s.push_str(" if ");
            expr(s, c, TEST + 1);
        }
    }
}

fn fstring_body(s: &mut String, e: &Expr) {
    match e {
        Expr::JoinedStr(j) => {
            for v in &j.values {
                fstring_body(s, v);
            }
        }
        Expr::Constant(c) => {
            if let ast::Constant::Str(x) = &c.value {
                s.push_str(&x.replace('{', "{{").replace('}', "}}"));
            }
        }
        Expr::FormattedValue(f) => {
            let inner = {
                let mut t = String::new();
                expr(&mut t, &f.value, TEST + 1);
                t
            };
            s.push('{');
            if inner.starts_with('{') {
                s.push(' ');
            }
            s.push_str(&inner);
            match f.conversion {
                ast::ConversionFlag::Str => s.push_str("!s"),
                ast::ConversionFlag::Repr => s.push_str("!r"),
                ast::ConversionFlag::Ascii => s.push_str("!a"),
                ast::ConversionFlag::None => {}
            }
            if let Some(spec) = &f.format_spec {
                s.push(':');
                fstring_body(s, spec);
            }
            s.push('}');
        }
        other => expr(s, other, TEST),
    }
}

fn args_sig(s: &mut String, a: &ast::Arguments) {
    let mut first = true;
    let mut sep = |s: &mut String| {
        if !first {
            s.push_str(", ");
        }
        first = false;
    };
    for (i, p) in a.posonlyargs.iter().chain(&a.args).enumerate() {
        sep(s);
        s.push_str(p.def.arg.as_str());
        if let Some(d) = &p.default {
            s.push('=');
            expr(s, d, TEST);
        }
        if i + 1 == a.posonlyargs.len() {
            s.push_str(", /");
        }
    }
    if a.vararg.is_some() || !a.kwonlyargs.is_empty() {
        sep(s);
        s.push('*');
        if let Some(v) = &a.vararg {
            s.push_str(v.arg.as_str());
        }
    }
    for p in &a.kwonlyargs {
        sep(s);
        s.push_str(p.def.arg.as_str());
        if let Some(d) = &p.default {
            s.push('=');
            expr(s, d, TEST);
        }
    }
    if let Some(k) = &a.kwarg {
        sep(s);
        s.push_str("**");
        s.push_str(k.arg.as_str());
    }
}

fn expr(s: &mut String, e: &Expr, level: u8) {
    let paren = |s: &mut String, mine: u8, f: &dyn Fn(&mut String)| {
        if level > mine {
            s.push('(');
            f(s);
            s.push(')');
        } else {
            f(s);
        }
    };
    match e {
        Expr::BoolOp(b) => {
            let (p, op) = match b.op {
                BoolOp::And => (AND, " and "),
                BoolOp::Or => (OR, " or "),
            };
            paren(s, p, &|s| {
                for (i, v) in b.values.iter().enumerate() {
                    if i > 0 {
                        s.push_str(op);
                    }
                    expr(s, v, p + 1);
                }
            });
        }
        Expr::NamedExpr(n) => {
            let lv = if level > TUPLE { ATOM } else { TUPLE };
            let _ = lv;
            s.push('(');
            expr(s, &n.target, ATOM);
            s.push_str(" := ");
            expr(s, &n.value, ATOM);
            s.push(')');
        }
        Expr::BinOp(b) => {
            let (p, op) = binop_prec(&b.op);
            let rassoc = matches!(b.op, Operator::Pow);
            paren(s, p, &|s| {
                expr(s, &b.left, if rassoc { p + 1 } else { p });
                s.push(' ');
                s.push_str(op);
                s.push(' ');
                expr(s, &b.right, if rassoc { p } else { p + 1 });
            });
        }
        Expr::UnaryOp(u) => {
            let (p, op) = match u.op {
                UnaryOp::Invert => (FACTOR, "~"),
                UnaryOp::Not => (NOT, "not "),
                UnaryOp::UAdd => (FACTOR, "+"),
                UnaryOp::USub => (FACTOR, "-"),
            };
            paren(s, p, &|s| {
                s.push_str(op);
                expr(s, &u.operand, p);
            });
        }
        Expr::Lambda(l) => paren(s, TEST, &|s| {
            s.push_str("lambda");
            let mut a = String::new();
            args_sig(&mut a, &l.args);
            if !a.is_empty() {
                s.push(' ');
                s.push_str(&a);
            }
            s.push_str(": ");
            expr(s, &l.body, TEST);
        }),
        Expr::IfExp(i) => paren(s, TEST, &|s| {
            expr(s, &i.body, TEST + 1);
            s.push_str(" if ");
            expr(s, &i.test, TEST + 1);
            s.push_str(" else ");
            expr(s, &i.orelse, TEST);
        }),
        Expr::Dict(d) => {
            s.push('{');
            for (i, (k, v)) in d.keys.iter().zip(&d.values).enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                match k {
                    Some(k) => {
                        expr(s, k, TEST);
                        s.push_str(": ");
                        expr(s, v, TEST);
                    }
                    None => {
                        s.push_str("**");
                        expr(s, v, BOR);
                    }
                }
            }
            s.push('}');
        }
        Expr::Set(x) => {
            if x.elts.is_empty() {
                s.push_str("{*()}");
            } else {
                s.push('{');
                seq(s, &x.elts);
                s.push('}');
            }
        }
        Expr::ListComp(c) => {
            s.push('[');
            expr(s, &c.elt, TEST);
            comprehensions(s, &c.generators);
            s.push(']');
        }
        Expr::SetComp(c) => {
            s.push('{');
            expr(s, &c.elt, TEST);
            comprehensions(s, &c.generators);
            s.push('}');
        }
        Expr::DictComp(c) => {
            s.push('{');
            expr(s, &c.key, TEST);
            s.push_str(": ");
            expr(s, &c.value, TEST);
            comprehensions(s, &c.generators);
            s.push('}');
        }
        Expr::GeneratorExp(c) => {
            s.push('(');
            expr(s, &c.elt, TEST);
            comprehensions(s, &c.generators);
            s.push(')');
        }
        Expr::Await(a) => paren(s, AWAIT, &|s| {
            s.push_str("await ");
            expr(s, &a.value, ATOM);
        }),
        Expr::Yield(y) => {
            s.push_str("(yield");
            if let Some(v) = &y.value {
                s.push(' ');
                expr(s, v, TEST);
            }
            s.push(')');
        }
        Expr::YieldFrom(y) => {
            s.push_str("(yield from ");
            expr(s, &y.value, TEST);
            s.push(')');
        }
        Expr::Compare(c) => paren(s, CMP, &|s| {
            expr(s, &c.left, CMP + 1);
            for (op, r) in c.ops.iter().zip(&c.comparators) {
                s.push(' ');
                s.push_str(cmp_str(op));
                s.push(' ');
                expr(s, r, CMP + 1);
            }
        }),
        Expr::Call(c) => {
            expr(s, &c.func, ATOM);
            if c.args.len() == 1 && c.keywords.is_empty() {
                if let Expr::GeneratorExp(_) = &c.args[0] {
                    expr(s, &c.args[0], TEST);
                    return;
                }
            }
            s.push('(');
            let mut first = true;
            for a in &c.args {
                if !first {
                    s.push_str(", ");
                }
                first = false;
                expr(s, a, TEST);
            }
            for k in &c.keywords {
                if !first {
                    s.push_str(", ");
                }
                first = false;
                match &k.arg {
                    Some(n) => {
                        s.push_str(n.as_str());
                        s.push('=');
                        expr(s, &k.value, TEST);
                    }
                    None => {
                        s.push_str("**");
                        expr(s, &k.value, TEST);
                    }
                }
            }
            s.push(')');
        }
        Expr::FormattedValue(_) | Expr::JoinedStr(_) => {
            let mut body = String::new();
            fstring_body(&mut body, e);
            s.push('f');
            s.push_str(&str_repr(&body));
        }
        Expr::Constant(c) => {
            if let ast::Constant::Ellipsis = c.value {
                s.push_str("...");
            } else {
                constant(s, &c.value);
            }
        }
        Expr::Attribute(a) => {
            expr(s, &a.value, ATOM);
            if let Expr::Constant(c) = &*a.value {
                if let ast::Constant::Int(_) = c.value {
                    s.push(' ');
                }
            }
            s.push('.');
            s.push_str(a.attr.as_str());
        }
        Expr::Subscript(x) => {
            expr(s, &x.value, ATOM);
            s.push('[');
            match &*x.slice {
                Expr::Tuple(t) if !t.elts.is_empty() => {
                    for (i, el) in t.elts.iter().enumerate() {
                        if i > 0 {
                            s.push_str(", ");
                        }
                        expr(s, el, TEST);
                    }
                    if t.elts.len() == 1 {
                        s.push(',');
                    }
                }
                other => expr(s, other, TUPLE),
            }
            s.push(']');
        }
        Expr::Starred(x) => {
            s.push('*');
            expr(s, &x.value, BOR);
        }
        Expr::Name(n) => s.push_str(n.id.as_str()),
        Expr::List(l) => {
            s.push('[');
            seq(s, &l.elts);
            s.push(']');
        }
        Expr::Tuple(t) => {
            if t.elts.is_empty() {
                s.push_str("()");
            } else {
                paren(s, TUPLE, &|s| {
                    seq(s, &t.elts);
                    if t.elts.len() == 1 {
                        s.push(',');
                    }
                });
            }
        }
        Expr::Slice(x) => {
            if let Some(l) = &x.lower {
                expr(s, l, TEST);
            }
            s.push(':');
            if let Some(u) = &x.upper {
                expr(s, u, TEST);
            }
            if let Some(st) = &x.step {
                s.push(':');
                expr(s, st, TEST);
            }
        }
    }
}
