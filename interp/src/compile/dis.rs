//! A textual disassembler for tests and `FERRITE_DIS=1` debugging.

use super::unparse::{bytes_repr, float_repr, str_repr};
use crate::bytecode::{decode, BinOp, CodeUnit, CompareKind, Constant, Op};
use std::fmt::Write;

/// Short repr of a constant.
pub fn const_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::True => "True".into(),
        Constant::False => "False".into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Int(i) => i.to_string(),
        Constant::Float(f) => float_repr(*f),
        Constant::Complex { re, im } => {
            if *re == 0.0 && !re.is_sign_negative() {
                format!("{}j", trim0(float_repr(*im)))
            } else {
                let sign = if *im >= 0.0 || im.is_nan() { "+" } else { "" };
                format!(
                    "({}{}{}j)",
                    trim0(float_repr(*re)),
                    sign,
                    trim0(float_repr(*im))
                )
            }
        }
        Constant::Str(s) => str_repr(s),
        Constant::Bytes(b) => bytes_repr(b),
        Constant::Tuple(t) => {
            let items: Vec<String> = t.iter().map(const_repr).collect();
            if items.len() == 1 {
                format!("({},)", items[0])
            } else {
                format!("({})", items.join(", "))
            }
        }
        Constant::FrozenSet(t) => {
            let items: Vec<String> = t.iter().map(const_repr).collect();
            format!("frozenset({{{}}})", items.join(", "))
        }
        Constant::Code(c) => format!("<code {}>", c.qualname),
    }
}

fn trim0(s: String) -> String {
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
}

/// Disassembles `code` and, after it, every code object among its constants (recursively).
pub fn disassemble(code: &CodeUnit) -> String {
    let mut out = String::new();
    dis_one(code, &mut out);
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            out.push('\n');
            out.push_str(&disassemble(inner));
        }
    }
    out
}

fn dis_one(code: &CodeUnit, out: &mut String) {
    let _ = writeln!(
        out,
        "code {} (line {}) args={} posonly={} kwonly={} flags={:#x} stack={}",
        code.qualname,
        code.first_line,
        code.argcount,
        code.posonlyargcount,
        code.kwonlyargcount,
        code.flags,
        code.max_stack
    );
    if !code.varnames.is_empty() {
        let _ = writeln!(out, "  varnames: {}", code.varnames.join(", "));
    }
    if !code.cellvars.is_empty() {
        let _ = writeln!(out, "  cellvars: {}", code.cellvars.join(", "));
    }
    if !code.freevars.is_empty() {
        let _ = writeln!(out, "  freevars: {}", code.freevars.join(", "));
    }
    let mut targets = std::collections::HashSet::new();
    let mut ext = 0u32;
    for &u in &code.code {
        let (b, a) = decode(u);
        let arg = ext << 24 | a;
        match Op::from_u8(b) {
            Some(Op::ExtendedArg) => {
                ext = arg;
                continue;
            }
            Some(op) if op.is_jump() => {
                targets.insert(arg);
            }
            _ => {}
        }
        ext = 0;
    }
    for e in &code.exception_table {
        targets.insert(e.handler);
    }
    let mut last_line = 0;
    ext = 0;
    for (i, &u) in code.code.iter().enumerate() {
        let (b, a) = decode(u);
        let arg = ext << 24 | a;
        let Some(op) = Op::from_u8(b) else {
            let _ = writeln!(out, "        {i:>4} <bad opcode {b}>");
            continue;
        };
        if op == Op::ExtendedArg {
            ext = arg;
            continue;
        }
        ext = 0;
        if op == Op::Cache {
            continue;
        }
        let line = code.positions.get(i).map_or(0, |p| p.line);
        let line_s = if line != last_line {
            last_line = line;
            format!("{line:>4}")
        } else {
            "    ".to_string()
        };
        let mark = if targets.contains(&(i as u32)) {
            ">>"
        } else {
            "  "
        };
        let desc = describe(code, op, arg);
        let _ = writeln!(
            out,
            "{line_s} {mark} {i:>4} {:<20} {arg}{}",
            format!("{op:?}"),
            if desc.is_empty() {
                String::new()
            } else {
                format!(" ({desc})")
            }
        );
    }
    if !code.exception_table.is_empty() {
        let _ = writeln!(out, "  exception table:");
        for e in &code.exception_table {
            let _ = writeln!(
                out,
                "    {} to {} -> {} [{}]{}",
                e.start,
                e.end,
                e.handler,
                e.depth,
                if e.push_lasti { " lasti" } else { "" }
            );
        }
    }
}

fn describe(code: &CodeUnit, op: Op, arg: u32) -> String {
    let a = arg as usize;
    let cell = |i: usize| -> String {
        let n = code.cellvars.len();
        if i < n {
            code.cellvars[i].clone()
        } else {
            code.freevars
                .get(i - n)
                .cloned()
                .unwrap_or_else(|| "?".into())
        }
    };
    match op {
        Op::LoadConst | Op::KwNames => code.consts.get(a).map(const_repr).unwrap_or_default(),
        Op::LoadFast | Op::StoreFast | Op::DeleteFast | Op::LoadFastAndClear => {
            code.varnames.get(a).cloned().unwrap_or_default()
        }
        Op::LoadDeref | Op::StoreDeref | Op::DeleteDeref | Op::LoadClosure | Op::LoadClassDeref => {
            cell(a)
        }
        Op::LoadGlobal
        | Op::StoreGlobal
        | Op::DeleteGlobal
        | Op::LoadName
        | Op::StoreName
        | Op::DeleteName
        | Op::LoadAttr
        | Op::StoreAttr
        | Op::DeleteAttr
        | Op::LoadMethod
        | Op::ImportName
        | Op::ImportFrom => code.names.get(a).cloned().unwrap_or_default(),
        Op::BinaryOp => BinOp::from_u32(arg)
            .map(|b| b.symbol().to_string())
            .unwrap_or_default(),
        Op::CompareOp => CompareKind::from_u32(arg)
            .map(|c| c.symbol().to_string())
            .unwrap_or_default(),
        Op::IsOp => if arg == 1 { "is not" } else { "is" }.into(),
        Op::ContainsOp => if arg == 1 { "not in" } else { "in" }.into(),
        Op::UnpackEx => format!("{} before, {} after", arg & 0xff, arg >> 8),
        _ if op.is_jump() => format!("to {arg}"),
        _ => String::new(),
    }
}
