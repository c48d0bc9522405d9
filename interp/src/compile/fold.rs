//! Constant folding, done on the fly during code generation (the AST is never rewritten, so the
//! symbol table's node identities stay valid).
//!
//! What folds is what CPython 3.12's AST optimizer folds: literals, tuples of constants, unary
//! operators and binary operators on numbers/str/bytes, with its limits so nothing that raises
//! (division by zero, negative shift, ...) or builds a huge constant ("a" * 10**9, 2**100000)
//! is folded; such expressions are left for run time to raise/compute.

use super::ast::{self, BoolOp, Expr, Operator, UnaryOp};
use super::codegen::{const_truth, Compiler};
use crate::bytecode::Constant;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

const MAX_INT_BITS: u64 = 128;
const MAX_COLLECTION_SIZE: usize = 256;
const MAX_STR_SIZE: usize = 4096;
const MAX_TOTAL_ITEMS: usize = 1024;

pub(crate) fn lower_constant(c: &ast::Constant) -> Constant {
    match c {
        ast::Constant::None => Constant::None,
        ast::Constant::Bool(true) => Constant::True,
        ast::Constant::Bool(false) => Constant::False,
        ast::Constant::Str(s) => Constant::Str(s.clone()),
        ast::Constant::Bytes(b) => Constant::Bytes(b.clone()),
        ast::Constant::Int(i) => Constant::Int(i.clone()),
        ast::Constant::Tuple(t) => Constant::Tuple(t.iter().map(lower_constant).collect()),
        ast::Constant::Float(f) => Constant::Float(*f),
        ast::Constant::Complex { real, imag } => Constant::Complex {
            re: *real,
            im: *imag,
        },
        ast::Constant::Ellipsis => Constant::Ellipsis,
    }
}

impl Compiler<'_> {
    /// The value of `e` if it is a compile-time constant.
    pub(crate) fn const_value(&self, e: &Expr) -> Option<Constant> {
        match e {
            Expr::Constant(c) => Some(lower_constant(&c.value)),
            Expr::Name(n) if n.id.as_str() == "__debug__" => Some(if self.opts.optimize > 0 {
                Constant::False
            } else {
                Constant::True
            }),
            Expr::Tuple(t) if matches!(t.ctx, ast::ExprContext::Load) => {
                let v: Option<Vec<Constant>> = t.elts.iter().map(|x| self.const_value(x)).collect();
                v.map(Constant::Tuple)
            }
            Expr::UnaryOp(u) => {
                let v = self.const_value(&u.operand)?;
                fold_unary(&u.op, v)
            }
            Expr::BinOp(b) => {
                let l = self.const_value(&b.left)?;
                let r = self.const_value(&b.right)?;
                fold_binary(&b.op, l, r)
            }
            Expr::BoolOp(b) => {
                // Only when every operand is constant (the result is then one of them).
                let vals: Option<Vec<Constant>> =
                    b.values.iter().map(|x| self.const_value(x)).collect();
                let vals = vals?;
                let is_and = matches!(b.op, BoolOp::And);
                let n = vals.len();
                for (i, v) in vals.iter().enumerate() {
                    let t = const_truth(v)?;
                    if i + 1 == n || t != is_and {
                        return Some(v.clone());
                    }
                }
                None
            }
            _ => None,
        }
    }
}

fn fold_unary(op: &UnaryOp, v: Constant) -> Option<Constant> {
    match op {
        UnaryOp::Not => const_truth(&v).map(|t| if t { Constant::False } else { Constant::True }),
        UnaryOp::USub => match v {
            Constant::Int(i) => Some(Constant::Int(-i)),
            Constant::Float(f) => Some(Constant::Float(-f)),
            Constant::Complex { re, im } => Some(Constant::Complex { re: -re, im: -im }),
            Constant::True => Some(Constant::Int(BigInt::from(-1))),
            Constant::False => Some(Constant::Int(BigInt::from(0))),
            _ => None,
        },
        UnaryOp::UAdd => match v {
            Constant::Int(_) | Constant::Float(_) | Constant::Complex { .. } => Some(v),
            Constant::True => Some(Constant::Int(BigInt::from(1))),
            Constant::False => Some(Constant::Int(BigInt::from(0))),
            _ => None,
        },
        UnaryOp::Invert => match v {
            Constant::Int(i) => Some(Constant::Int(-i - 1)),
            _ => None,
        },
    }
}

enum Num {
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
}

fn as_num(c: &Constant) -> Option<Num> {
    match c {
        Constant::Int(i) => Some(Num::Int(i.clone())),
        Constant::True => Some(Num::Int(BigInt::from(1))),
        Constant::False => Some(Num::Int(BigInt::from(0))),
        Constant::Float(f) => Some(Num::Float(*f)),
        Constant::Complex { re, im } => Some(Num::Complex(*re, *im)),
        _ => None,
    }
}

fn int_to_f64(i: &BigInt) -> Option<f64> {
    let f = i.to_f64()?;
    if f.is_finite() {
        Some(f)
    } else {
        None
    }
}

fn small_int(i: BigInt) -> Option<Constant> {
    if i.bits() > MAX_INT_BITS {
        None
    } else {
        Some(Constant::Int(i))
    }
}

fn total_items(c: &Constant) -> usize {
    match c {
        Constant::Tuple(t) | Constant::FrozenSet(t) => 1 + t.iter().map(total_items).sum::<usize>(),
        _ => 1,
    }
}

fn fold_binary(op: &Operator, l: Constant, r: Constant) -> Option<Constant> {
    // bool & | ^ bool give bools at run time: leave them to the interpreter.
    if matches!(op, Operator::BitAnd | Operator::BitOr | Operator::BitXor)
        && (matches!(l, Constant::True | Constant::False)
            || matches!(r, Constant::True | Constant::False))
    {
        return None;
    }
    // Sequences.
    match (&l, &r, op) {
        (Constant::Str(a), Constant::Str(b), Operator::Add) => {
            if a.len() + b.len() > MAX_STR_SIZE {
                return None;
            }
            return Some(Constant::Str(format!("{a}{b}")));
        }
        (Constant::Bytes(a), Constant::Bytes(b), Operator::Add) => {
            if a.len() + b.len() > MAX_STR_SIZE {
                return None;
            }
            let mut v = a.clone();
            v.extend_from_slice(b);
            return Some(Constant::Bytes(v));
        }
        (Constant::Tuple(a), Constant::Tuple(b), Operator::Add) => {
            if a.len() + b.len() > MAX_COLLECTION_SIZE {
                return None;
            }
            let mut v = a.clone();
            v.extend(b.iter().cloned());
            return Some(Constant::Tuple(v));
        }
        (Constant::Str(_) | Constant::Bytes(_) | Constant::Tuple(_), _, Operator::Mult)
        | (_, Constant::Str(_) | Constant::Bytes(_) | Constant::Tuple(_), Operator::Mult) => {
            let (seq, n) = match (&l, &r) {
                (Constant::Int(n), s) | (s, Constant::Int(n)) => (s, n),
                _ => return None,
            };
            let n = n.to_i64()?;
            let n = n.max(0) as usize;
            return match seq {
                Constant::Str(s) => {
                    if s.len().checked_mul(n)? > MAX_STR_SIZE {
                        return None;
                    }
                    Some(Constant::Str(s.repeat(n)))
                }
                Constant::Bytes(s) => {
                    if s.len().checked_mul(n)? > MAX_STR_SIZE {
                        return None;
                    }
                    Some(Constant::Bytes(s.repeat(n)))
                }
                Constant::Tuple(t) => {
                    if t.len().checked_mul(n)? > MAX_COLLECTION_SIZE
                        || total_items(seq).checked_mul(n)? > MAX_TOTAL_ITEMS
                    {
                        return None;
                    }
                    let mut v = Vec::new();
                    for _ in 0..n {
                        v.extend(t.iter().cloned());
                    }
                    Some(Constant::Tuple(v))
                }
                _ => None,
            };
        }
        _ => {}
    }
    let a = as_num(&l)?;
    let b = as_num(&r)?;
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => fold_int(op, x, y),
        (Num::Complex(..), _) | (_, Num::Complex(..)) => {
            let (ar, ai) = to_complex(&l)?;
            let (br, bi) = to_complex(&r)?;
            let (re, im) = match op {
                Operator::Add => (ar + br, ai + bi),
                Operator::Sub => (ar - br, ai - bi),
                Operator::Mult => (ar * br - ai * bi, ar * bi + ai * br),
                _ => return None,
            };
            if !re.is_finite() || !im.is_finite() {
                return None;
            }
            Some(Constant::Complex { re, im })
        }
        (x, y) => {
            let x = match x {
                Num::Int(i) => int_to_f64(&i)?,
                Num::Float(f) => f,
                Num::Complex(..) => return None,
            };
            let y = match y {
                Num::Int(i) => int_to_f64(&i)?,
                Num::Float(f) => f,
                Num::Complex(..) => return None,
            };
            let v = match op {
                Operator::Add => x + y,
                Operator::Sub => x - y,
                Operator::Mult => x * y,
                Operator::Div => {
                    if y == 0.0 {
                        return None;
                    }
                    x / y
                }
                _ => return None,
            };
            if v.is_finite() || !(x.is_finite() && y.is_finite()) {
                Some(Constant::Float(v))
            } else {
                None
            }
        }
    }
}

fn to_complex(c: &Constant) -> Option<(f64, f64)> {
    match as_num(c)? {
        Num::Int(i) => Some((int_to_f64(&i)?, 0.0)),
        Num::Float(f) => Some((f, 0.0)),
        Num::Complex(r, i) => Some((r, i)),
    }
}

fn fold_int(op: &Operator, x: BigInt, y: BigInt) -> Option<Constant> {
    use num_integer::Integer;
    match op {
        Operator::Add => small_int(x + y),
        Operator::Sub => small_int(x - y),
        Operator::Mult => {
            if x.bits() + y.bits() > MAX_INT_BITS + 1 {
                return None;
            }
            small_int(x * y)
        }
        Operator::FloorDiv => {
            if y.is_zero() {
                return None;
            }
            small_int(x.div_floor(&y))
        }
        Operator::Mod => {
            if y.is_zero() {
                return None;
            }
            small_int(x.mod_floor(&y))
        }
        Operator::Div => {
            if y.is_zero() {
                return None;
            }
            let a = int_to_f64(&x)?;
            let b = int_to_f64(&y)?;
            // Only exact when both fit in 53 bits.
            if x.bits() > 53 || y.bits() > 53 {
                return None;
            }
            Some(Constant::Float(a / b))
        }
        Operator::Pow => {
            if y.is_negative() {
                return None;
            }
            let e = y.to_u64()?;
            if x.bits().saturating_mul(e) > MAX_INT_BITS {
                return None;
            }
            small_int(num_traits::pow::pow(x, e as usize))
        }
        Operator::LShift => {
            if y.is_negative() {
                return None;
            }
            let s = y.to_u64()?;
            if x.bits().saturating_add(s) > MAX_INT_BITS {
                return None;
            }
            small_int(x << s as usize)
        }
        Operator::RShift => {
            if y.is_negative() {
                return None;
            }
            let s = y.to_u64().unwrap_or(u64::MAX).min(MAX_INT_BITS + 1);
            small_int(x >> s as usize)
        }
        Operator::BitAnd => small_int(x & y),
        Operator::BitOr => small_int(x | y),
        Operator::BitXor => small_int(x ^ y),
        Operator::MatMult => None,
    }
}
