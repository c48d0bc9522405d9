//! The matcher: runs the opcode lists that `re._compiler` emits against a subject of code
//! units (bytes or code points), with the semantics of CPython's `Modules/_sre/sre_lib.h`.
//!
//! Backtracking never recurses on the native stack: every sub-match ("jump") pushes a
//! `Frame` on an explicit stack and resumes the parent frame at the `Jump` it recorded, so
//! the depth of backtracking is bounded by memory only.

use super::chars::*;
use super::constants::*;

/// A code unit of a subject: a byte (bytes, ASCII str) or a code point.
pub trait Unit: Copy {
    fn u(self) -> u32;
}
impl Unit for u8 {
    #[inline]
    fn u(self) -> u32 {
        self as u32
    }
}
impl Unit for u32 {
    #[inline]
    fn u(self) -> u32 {
        self
    }
}

/// Malformed code (what CPython reports as "invalid SRE code" / internal error).
#[derive(Debug)]
pub struct InvalidCode;

pub type R<T> = Result<T, InvalidCode>;

struct Repeat {
    count: isize,
    /// index of the REPEAT op
    pc: usize,
    last_ptr: isize,
    prev: isize,
}

/// Where a frame resumes when the sub-match it started returns.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Jump {
    None,
    Branch,
    RepeatOne1,
    RepeatOne2,
    MinRepeatOne,
    Repeat,
    MaxUntil1,
    MaxUntil2,
    MaxUntil3,
    MinUntil1,
    MinUntil2,
    MinUntil3,
    PossRepeat1,
    PossRepeat2,
    Atomic,
    Assert,
    AssertNot,
}

#[derive(Clone, Copy)]
struct Frame {
    /// index of the op being executed (for resumption: the op that made the jump)
    pc: usize,
    ptr: usize,
    toplevel: bool,
    jump: Jump,
    count: isize,
    lastmark: isize,
    lastindex: isize,
    /// BRANCH: current alternative; REPEAT/UNTIL: repeat index
    aux: usize,
    /// POSSESSIVE_REPEAT: the position before the last iteration (-1 none)
    ptr2: isize,
    /// the repeat context at the time of the jump (for MARK_PUSH decisions)
    had_repeat: bool,
}

impl Frame {
    fn new(pc: usize, ptr: usize, toplevel: bool) -> Frame {
        Frame {
            pc,
            ptr,
            toplevel,
            jump: Jump::None,
            count: 0,
            lastmark: -1,
            lastindex: -1,
            aux: 0,
            ptr2: -1,
            had_repeat: false,
        }
    }
}

enum Act {
    /// start a sub-match at this pc (the current frame has recorded its Jump)
    Call(usize, bool),
    Ret(bool),
}

/// Matching state over subject `s` (the whole string: lookbehind and `^` see index 0).
pub struct State<'a, C: Unit> {
    pub s: &'a [C],
    /// start of the current match attempt
    pub start: usize,
    /// end of the searchable region (endpos)
    pub end: usize,
    /// where the last successful (sub)match ended
    pub ptr: usize,
    pub marks: Vec<isize>,
    pub lastmark: isize,
    pub lastindex: isize,
    repeats: Vec<Repeat>,
    repeat: isize,
    data: Vec<isize>,
    frames: Vec<Frame>,
    pub match_all: bool,
    pub must_advance: bool,
}

impl<'a, C: Unit> State<'a, C> {
    pub fn new(s: &'a [C], pos: usize, endpos: usize, groups: usize) -> Self {
        let end = endpos.min(s.len());
        let start = pos.min(s.len());
        State {
            s,
            start,
            end,
            ptr: start,
            marks: vec![-1; 2 * groups + 2],
            lastmark: -1,
            lastindex: -1,
            repeats: Vec::new(),
            repeat: -1,
            data: Vec::new(),
            frames: Vec::new(),
            match_all: false,
            must_advance: false,
        }
    }

    pub fn reset(&mut self) {
        self.lastmark = -1;
        self.lastindex = -1;
        self.repeat = -1;
        self.repeats.clear();
        self.data.clear();
    }

    /// Span of group `g` (>= 1) after a successful match, or None if it did not take part.
    pub fn group_span(&self, g: usize) -> Option<(usize, usize)> {
        let j = 2 * (g - 1);
        if (j + 1) as isize <= self.lastmark {
            let (a, b) = (self.marks[j], self.marks[j + 1]);
            if a >= 0 && b >= 0 {
                return Some((a as usize, b as usize));
            }
        }
        None
    }

    #[inline]
    fn ch(&self, i: usize) -> u32 {
        self.s[i].u()
    }

    fn mark_push(&mut self, lastmark: isize) {
        if lastmark >= 0 {
            let n = (lastmark + 1) as usize;
            self.data.extend_from_slice(&self.marks[..n]);
        }
    }
    /// MARK_POP_KEEP: restore marks, leave them saved.
    fn mark_pop_keep(&mut self, lastmark: isize) {
        if lastmark >= 0 {
            let n = (lastmark + 1) as usize;
            let base = self.data.len() - n;
            self.marks[..n].copy_from_slice(&self.data[base..]);
        }
    }
    fn mark_pop(&mut self, lastmark: isize) {
        if lastmark >= 0 {
            self.mark_pop_keep(lastmark);
            self.mark_pop_discard(lastmark);
        }
    }
    fn mark_pop_discard(&mut self, lastmark: isize) {
        if lastmark >= 0 {
            let n = (lastmark + 1) as usize;
            let l = self.data.len() - n;
            self.data.truncate(l);
        }
    }

    fn at(&self, ptr: usize, code: u32) -> bool {
        let end = self.end;
        match code {
            AT_BEGINNING | AT_BEGINNING_STRING => ptr == 0,
            AT_BEGINNING_LINE => ptr == 0 || is_linebreak(self.ch(ptr - 1)),
            AT_END => ptr == end || (ptr + 1 == end && is_linebreak(self.ch(ptr))),
            AT_END_LINE => ptr == end || (ptr < end && is_linebreak(self.ch(ptr))),
            AT_END_STRING => ptr == end,
            AT_BOUNDARY | AT_NON_BOUNDARY | AT_LOC_BOUNDARY | AT_LOC_NON_BOUNDARY
            | AT_UNI_BOUNDARY | AT_UNI_NON_BOUNDARY => {
                if end == 0 {
                    return false;
                }
                let w: fn(u32) -> bool = match code {
                    AT_BOUNDARY | AT_NON_BOUNDARY => is_word,
                    AT_LOC_BOUNDARY | AT_LOC_NON_BOUNDARY => is_loc_word,
                    _ => is_uni_word,
                };
                let that = ptr > 0 && w(self.ch(ptr - 1));
                let this = ptr < end && w(self.ch(ptr));
                if matches!(code, AT_BOUNDARY | AT_LOC_BOUNDARY | AT_UNI_BOUNDARY) {
                    this != that
                } else {
                    this == that
                }
            }
            _ => false,
        }
    }
}

#[inline]
fn op(code: &[u32], i: usize) -> R<u32> {
    code.get(i).copied().ok_or(InvalidCode)
}

/// Does `ch` belong to the set starting at `code[i]`?
pub fn charset(code: &[u32], mut i: usize, ch: u32) -> R<bool> {
    let mut ok = true;
    loop {
        match op(code, i)? {
            FAILURE => return Ok(!ok),
            LITERAL => {
                if ch == op(code, i + 1)? {
                    return Ok(ok);
                }
                i += 2;
            }
            CATEGORY => {
                if category(op(code, i + 1)?, ch) {
                    return Ok(ok);
                }
                i += 2;
            }
            CHARSET => {
                if ch < 256 && (op(code, i + 1 + (ch as usize >> 5))? & (1u32 << (ch & 31))) != 0 {
                    return Ok(ok);
                }
                i += 1 + 8;
            }
            RANGE => {
                if op(code, i + 1)? <= ch && ch <= op(code, i + 2)? {
                    return Ok(ok);
                }
                i += 3;
            }
            RANGE_UNI_IGNORE => {
                let (lo, hi) = (op(code, i + 1)?, op(code, i + 2)?);
                if lo <= ch && ch <= hi {
                    return Ok(ok);
                }
                let u = upper_unicode(ch);
                if lo <= u && u <= hi {
                    return Ok(ok);
                }
                i += 3;
            }
            NEGATE => {
                ok = !ok;
                i += 1;
            }
            BIGCHARSET => {
                // <BIGCHARSET> <blockcount> <256 block indices as bytes> <blocks>
                let count = op(code, i + 1)? as usize;
                let idx = i + 2;
                if ch < 0x10000 {
                    let hi = (ch >> 8) as usize;
                    let word = op(code, idx + hi / 4)?;
                    let block = ((word >> (8 * (hi % 4))) & 0xff) as usize;
                    let bits = idx + 64;
                    let bit = block * 256 + (ch & 255) as usize;
                    if op(code, bits + bit / 32)? & (1u32 << (bit % 32)) != 0 {
                        return Ok(ok);
                    }
                }
                i = idx + 64 + count * 8;
            }
            _ => return Err(InvalidCode),
        }
    }
}

fn char_loc_ignore(pattern: u32, ch: u32) -> bool {
    ch == pattern || lower_locale(ch) == pattern || upper_locale(ch) == pattern
}

fn charset_loc_ignore(code: &[u32], i: usize, ch: u32) -> R<bool> {
    let lo = lower_locale(ch);
    if charset(code, i, ch)? {
        return Ok(true);
    }
    let up = upper_locale(ch);
    Ok((up != ch && charset(code, i, up)?) || (lo != ch && charset(code, i, lo)?))
}

impl<'a, C: Unit> State<'a, C> {
    /// Is `code[pc]` a one-character op matching at `ptr`? (None: not such an op)
    #[inline]
    fn single(&self, code: &[u32], pc: usize, c: u32) -> R<Option<bool>> {
        let a = || op(code, pc + 1);
        Ok(Some(match op(code, pc)? {
            ANY => !is_linebreak(c),
            ANY_ALL => true,
            LITERAL => c == a()?,
            NOT_LITERAL => c != a()?,
            LITERAL_IGNORE => lower_ascii(c) == a()?,
            NOT_LITERAL_IGNORE => lower_ascii(c) != a()?,
            LITERAL_UNI_IGNORE => lower_unicode(c) == a()?,
            NOT_LITERAL_UNI_IGNORE => lower_unicode(c) != a()?,
            LITERAL_LOC_IGNORE => char_loc_ignore(a()?, c),
            NOT_LITERAL_LOC_IGNORE => !char_loc_ignore(a()?, c),
            IN => charset(code, pc + 2, c)?,
            IN_IGNORE => charset(code, pc + 2, lower_ascii(c))?,
            IN_UNI_IGNORE => charset(code, pc + 2, lower_unicode(c))?,
            IN_LOC_IGNORE => charset_loc_ignore(code, pc + 2, c)?,
            _ => return Ok(None),
        }))
    }

    /// SRE(count): how many times (up to `max`) the one-character item at `pc` matches
    /// from `self.ptr`.
    fn count(&mut self, code: &[u32], pc: usize, max: u32) -> R<usize> {
        let start = self.ptr;
        let mut end = self.end;
        if max != MAXREPEAT && (max as usize) < end.saturating_sub(start) {
            end = start + max as usize;
        }
        if start >= end {
            return Ok(0);
        }
        let opc = op(code, pc)?;
        let mut p = start;
        match opc {
            ANY_ALL => return Ok(end - start),
            LITERAL => {
                let c = op(code, pc + 1)?;
                while p < end && self.ch(p) == c {
                    p += 1;
                }
            }
            NOT_LITERAL => {
                let c = op(code, pc + 1)?;
                while p < end && self.ch(p) != c {
                    p += 1;
                }
            }
            IN => {
                while p < end && charset(code, pc + 2, self.ch(p))? {
                    p += 1;
                }
            }
            _ => {
                if self.single(code, pc, self.ch(p))?.is_some() {
                    while p < end && self.single(code, pc, self.ch(p))? == Some(true) {
                        p += 1;
                    }
                } else {
                    // general single-character pattern (followed by SUCCESS)
                    let saved_end = self.end;
                    self.end = end;
                    self.ptr = start;
                    while self.ptr < end {
                        let before = self.ptr;
                        if !self.run(code, pc, false)? {
                            self.ptr = before;
                            break;
                        }
                        if self.ptr == before {
                            break;
                        }
                    }
                    self.end = saved_end;
                    p = self.ptr;
                }
            }
        }
        self.ptr = start;
        Ok(p - start)
    }

    /// SRE(match): matches the code starting at `pc` at `self.ptr`; on success `self.ptr`
    /// is where the match ended.
    pub fn run(&mut self, code: &[u32], pc: usize, toplevel: bool) -> R<bool> {
        // frames of this run live above `base` (a nested run, from count(), stacks on top)
        let base = self.frames.len();
        let mut ctx = Frame::new(pc, self.ptr, toplevel);
        let mut act = self.enter(code, &mut ctx);
        loop {
            match act {
                Err(e) => {
                    self.frames.truncate(base);
                    return Err(e);
                }
                Ok(Act::Call(pc, top)) => {
                    self.frames.push(ctx);
                    ctx = Frame::new(pc, self.ptr, top);
                    act = self.enter(code, &mut ctx);
                }
                Ok(Act::Ret(r)) => {
                    if self.frames.len() == base {
                        return Ok(r);
                    }
                    ctx = self.frames.pop().ok_or(InvalidCode)?;
                    act = self.resume(code, &mut ctx, r);
                }
            }
        }
    }

    fn enter(&mut self, code: &[u32], ctx: &mut Frame) -> R<Act> {
        if op(code, ctx.pc)? == INFO {
            let min = op(code, ctx.pc + 3)? as usize;
            if min != 0 && self.end.saturating_sub(ctx.ptr) < min {
                return Ok(Act::Ret(false));
            }
            ctx.pc += op(code, ctx.pc + 1)? as usize + 1;
        }
        self.dispatch(code, ctx)
    }

    /// Runs ops from ctx.pc until a sub-match is needed or the frame's outcome is known.
    fn dispatch(&mut self, code: &[u32], ctx: &mut Frame) -> R<Act> {
        let end = self.end;
        loop {
            let pc = ctx.pc;
            let ptr = ctx.ptr;
            let o = op(code, pc)?;
            match o {
                MARK => {
                    let i = op(code, pc + 1)? as isize;
                    if i as usize >= self.marks.len() {
                        return Err(InvalidCode);
                    }
                    if i & 1 != 0 {
                        self.lastindex = i / 2 + 1;
                    }
                    if i > self.lastmark {
                        let mut j = self.lastmark + 1;
                        while j < i {
                            self.marks[j as usize] = -1;
                            j += 1;
                        }
                        self.lastmark = i;
                    }
                    self.marks[i as usize] = ptr as isize;
                    ctx.pc += 2;
                }
                LITERAL
                | NOT_LITERAL
                | LITERAL_IGNORE
                | NOT_LITERAL_IGNORE
                | LITERAL_UNI_IGNORE
                | NOT_LITERAL_UNI_IGNORE
                | LITERAL_LOC_IGNORE
                | NOT_LITERAL_LOC_IGNORE => {
                    if ptr >= end || self.single(code, pc, self.ch(ptr))? != Some(true) {
                        return Ok(Act::Ret(false));
                    }
                    ctx.pc += 2;
                    ctx.ptr += 1;
                }
                IN | IN_IGNORE | IN_UNI_IGNORE | IN_LOC_IGNORE => {
                    if ptr >= end || self.single(code, pc, self.ch(ptr))? != Some(true) {
                        return Ok(Act::Ret(false));
                    }
                    ctx.pc += op(code, pc + 1)? as usize + 1;
                    ctx.ptr += 1;
                }
                ANY => {
                    if ptr >= end || is_linebreak(self.ch(ptr)) {
                        return Ok(Act::Ret(false));
                    }
                    ctx.pc += 1;
                    ctx.ptr += 1;
                }
                ANY_ALL => {
                    if ptr >= end {
                        return Ok(Act::Ret(false));
                    }
                    ctx.pc += 1;
                    ctx.ptr += 1;
                }
                SUCCESS => {
                    if ctx.toplevel
                        && ((self.match_all && ptr != end)
                            || (self.must_advance && ptr == self.start))
                    {
                        return Ok(Act::Ret(false));
                    }
                    self.ptr = ptr;
                    return Ok(Act::Ret(true));
                }
                FAILURE => return Ok(Act::Ret(false)),
                AT => {
                    if !self.at(ptr, op(code, pc + 1)?) {
                        return Ok(Act::Ret(false));
                    }
                    ctx.pc += 2;
                }
                CATEGORY => {
                    if ptr >= end || !category(op(code, pc + 1)?, self.ch(ptr)) {
                        return Ok(Act::Ret(false));
                    }
                    ctx.pc += 2;
                    ctx.ptr += 1;
                }
                JUMP | INFO => {
                    ctx.pc += op(code, pc + 1)? as usize + 1;
                }
                BRANCH => {
                    ctx.lastmark = self.lastmark;
                    ctx.lastindex = self.lastindex;
                    ctx.had_repeat = self.repeat >= 0;
                    if ctx.had_repeat {
                        self.mark_push(ctx.lastmark);
                    }
                    ctx.aux = pc + 1;
                    return self.branch_next(code, ctx);
                }
                REPEAT_ONE => {
                    // <REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail
                    let min = op(code, pc + 2)? as usize;
                    let max = op(code, pc + 3)?;
                    if min > end.saturating_sub(ptr) {
                        return Ok(Act::Ret(false));
                    }
                    self.ptr = ptr;
                    let n = self.count(code, pc + 4, max)?;
                    if n < min {
                        return Ok(Act::Ret(false));
                    }
                    ctx.count = n as isize;
                    ctx.ptr = ptr + n;
                    let tail = pc + 1 + op(code, pc + 1)? as usize;
                    if op(code, tail)? == SUCCESS
                        && ctx.ptr == end
                        && !(ctx.toplevel && self.must_advance && ctx.ptr == self.start)
                    {
                        self.ptr = ctx.ptr;
                        return Ok(Act::Ret(true));
                    }
                    ctx.lastmark = self.lastmark;
                    ctx.lastindex = self.lastindex;
                    ctx.had_repeat = self.repeat >= 0;
                    if ctx.had_repeat {
                        self.mark_push(ctx.lastmark);
                    }
                    return self.repeat_one_next(code, ctx, true);
                }
                MIN_REPEAT_ONE => {
                    let min = op(code, pc + 2)? as usize;
                    if min > end.saturating_sub(ptr) {
                        return Ok(Act::Ret(false));
                    }
                    self.ptr = ptr;
                    if min == 0 {
                        ctx.count = 0;
                    } else {
                        let n = self.count(code, pc + 4, min as u32)?;
                        if n < min {
                            return Ok(Act::Ret(false));
                        }
                        ctx.count = n as isize;
                        ctx.ptr = ptr + n;
                    }
                    let tail = pc + 1 + op(code, pc + 1)? as usize;
                    if op(code, tail)? == SUCCESS
                        && !(ctx.toplevel
                            && ((self.match_all && ctx.ptr != end)
                                || (self.must_advance && ctx.ptr == self.start)))
                    {
                        self.ptr = ctx.ptr;
                        return Ok(Act::Ret(true));
                    }
                    ctx.lastmark = self.lastmark;
                    ctx.lastindex = self.lastindex;
                    ctx.had_repeat = self.repeat >= 0;
                    if ctx.had_repeat {
                        self.mark_push(ctx.lastmark);
                    }
                    return self.min_repeat_one_next(code, ctx);
                }
                POSSESSIVE_REPEAT_ONE => {
                    let min = op(code, pc + 2)? as usize;
                    let max = op(code, pc + 3)?;
                    if min > end.saturating_sub(ptr) {
                        return Ok(Act::Ret(false));
                    }
                    self.ptr = ptr;
                    let n = self.count(code, pc + 4, max)?;
                    if n < min {
                        return Ok(Act::Ret(false));
                    }
                    ctx.ptr = ptr + n;
                    ctx.pc = pc + 1 + op(code, pc + 1)? as usize;
                }
                REPEAT => {
                    // <REPEAT> <skip> <min> <max> item <UNTIL> tail
                    let prev = self.repeat;
                    self.repeats.push(Repeat {
                        count: -1,
                        pc,
                        last_ptr: -1,
                        prev,
                    });
                    self.repeat = (self.repeats.len() - 1) as isize;
                    ctx.aux = self.repeats.len() - 1;
                    self.ptr = ptr;
                    ctx.jump = Jump::Repeat;
                    return Ok(Act::Call(pc + 1 + op(code, pc + 1)? as usize, ctx.toplevel));
                }
                MAX_UNTIL => {
                    if self.repeat < 0 {
                        return Err(InvalidCode);
                    }
                    let ri = self.repeat as usize;
                    ctx.aux = ri;
                    self.ptr = ptr;
                    let rpc = self.repeats[ri].pc;
                    let count = self.repeats[ri].count + 1;
                    ctx.count = count;
                    let min = op(code, rpc + 2)? as isize;
                    let max = op(code, rpc + 3)?;
                    if count < min {
                        self.repeats[ri].count = count;
                        ctx.jump = Jump::MaxUntil1;
                        return Ok(Act::Call(rpc + 4, ctx.toplevel));
                    }
                    if (max == MAXREPEAT || count < max as isize)
                        && self.ptr as isize != self.repeats[ri].last_ptr
                    {
                        self.repeats[ri].count = count;
                        ctx.lastmark = self.lastmark;
                        ctx.lastindex = self.lastindex;
                        self.mark_push(ctx.lastmark);
                        let lp = self.repeats[ri].last_ptr;
                        self.data.push(lp);
                        self.repeats[ri].last_ptr = self.ptr as isize;
                        ctx.jump = Jump::MaxUntil2;
                        return Ok(Act::Call(rpc + 4, ctx.toplevel));
                    }
                    return Ok(self.max_until_tail(ctx));
                }
                MIN_UNTIL => {
                    if self.repeat < 0 {
                        return Err(InvalidCode);
                    }
                    let ri = self.repeat as usize;
                    ctx.aux = ri;
                    self.ptr = ptr;
                    let rpc = self.repeats[ri].pc;
                    let count = self.repeats[ri].count + 1;
                    ctx.count = count;
                    let min = op(code, rpc + 2)? as isize;
                    if count < min {
                        self.repeats[ri].count = count;
                        ctx.jump = Jump::MinUntil1;
                        return Ok(Act::Call(rpc + 4, ctx.toplevel));
                    }
                    // try the tail first
                    self.repeat = self.repeats[ri].prev;
                    ctx.lastmark = self.lastmark;
                    ctx.lastindex = self.lastindex;
                    ctx.had_repeat = self.repeat >= 0;
                    if ctx.had_repeat {
                        self.mark_push(ctx.lastmark);
                    }
                    ctx.jump = Jump::MinUntil2;
                    return Ok(Act::Call(pc + 1, ctx.toplevel));
                }
                POSSESSIVE_REPEAT => {
                    // <POSSESSIVE_REPEAT> <skip> <min> <max> item <SUCCESS> tail
                    self.ptr = ptr;
                    ctx.count = 0;
                    ctx.ptr2 = -1;
                    return self.poss_repeat_next(code, ctx);
                }
                ATOMIC_GROUP => {
                    self.ptr = ptr;
                    ctx.jump = Jump::Atomic;
                    return Ok(Act::Call(pc + 2, false));
                }
                GROUPREF | GROUPREF_IGNORE | GROUPREF_UNI_IGNORE | GROUPREF_LOC_IGNORE => {
                    let g = 2 * op(code, pc + 1)? as isize;
                    if g >= self.lastmark {
                        return Ok(Act::Ret(false));
                    }
                    let (a, b) = (self.marks[g as usize], self.marks[g as usize + 1]);
                    if a < 0 || b < 0 || b < a {
                        return Ok(Act::Ret(false));
                    }
                    let (a, b) = (a as usize, b as usize);
                    if b - a > end.saturating_sub(ptr) {
                        return Ok(Act::Ret(false));
                    }
                    let fold: fn(u32) -> u32 = match o {
                        GROUPREF => |c| c,
                        GROUPREF_IGNORE => lower_ascii,
                        GROUPREF_UNI_IGNORE => lower_unicode,
                        _ => lower_locale,
                    };
                    let mut p = ptr;
                    for k in a..b {
                        if fold(self.ch(p)) != fold(self.ch(k)) {
                            return Ok(Act::Ret(false));
                        }
                        p += 1;
                    }
                    ctx.ptr = p;
                    ctx.pc += 2;
                }
                GROUPREF_EXISTS => {
                    // <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno
                    let g = 2 * op(code, pc + 1)? as isize;
                    let exists = g < self.lastmark && {
                        let (a, b) = (self.marks[g as usize], self.marks[g as usize + 1]);
                        a >= 0 && b >= 0 && a <= b
                    };
                    if exists {
                        ctx.pc += 3;
                    } else {
                        ctx.pc += 1 + op(code, pc + 2)? as usize;
                    }
                }
                ASSERT => {
                    // <ASSERT> <skip> <back> pattern
                    let back = op(code, pc + 2)? as usize;
                    if ptr < back {
                        return Ok(Act::Ret(false));
                    }
                    self.ptr = ptr - back;
                    ctx.jump = Jump::Assert;
                    return Ok(Act::Call(pc + 3, false));
                }
                ASSERT_NOT => {
                    let back = op(code, pc + 2)? as usize;
                    if ptr >= back {
                        self.ptr = ptr - back;
                        ctx.lastmark = self.lastmark;
                        ctx.lastindex = self.lastindex;
                        ctx.had_repeat = self.repeat >= 0;
                        if ctx.had_repeat {
                            self.mark_push(ctx.lastmark);
                        }
                        ctx.jump = Jump::AssertNot;
                        return Ok(Act::Call(pc + 3, false));
                    }
                    ctx.pc += 1 + op(code, pc + 1)? as usize;
                }
                _ => return Err(InvalidCode),
            }
        }
    }

    fn lastmark_restore(&mut self, ctx: &Frame) {
        self.lastmark = ctx.lastmark;
        self.lastindex = ctx.lastindex;
    }

    /// BRANCH: tries the alternative at ctx.aux (skip word) and the following ones.
    fn branch_next(&mut self, code: &[u32], ctx: &mut Frame) -> R<Act> {
        let end = self.end;
        let ptr = ctx.ptr;
        loop {
            let a = ctx.aux;
            let skip = op(code, a)? as usize;
            if skip == 0 {
                break;
            }
            ctx.aux = a + skip;
            let first = op(code, a + 1)?;
            if first == LITERAL && (ptr >= end || self.ch(ptr) != op(code, a + 2)?) {
                continue;
            }
            if first == IN && (ptr >= end || !charset(code, a + 3, self.ch(ptr))?) {
                continue;
            }
            self.ptr = ptr;
            ctx.jump = Jump::Branch;
            return Ok(Act::Call(a + 1, ctx.toplevel));
        }
        if ctx.had_repeat {
            self.mark_pop_discard(ctx.lastmark);
        }
        Ok(Act::Ret(false))
    }

    /// REPEAT_ONE: backtracks from ctx.count characters down to min, trying the tail.
    fn repeat_one_next(&mut self, code: &[u32], ctx: &mut Frame, first: bool) -> R<Act> {
        let pc = ctx.pc;
        let min = op(code, pc + 2)? as isize;
        let tail = pc + 1 + op(code, pc + 1)? as usize;
        let end = self.end;
        if !first {
            ctx.ptr = ctx.ptr.wrapping_sub(1);
            ctx.count -= 1;
        }
        if op(code, tail)? == LITERAL {
            // the tail starts with a literal: skip positions where it cannot match
            let c = op(code, tail + 1)?;
            while ctx.count >= min && (ctx.ptr >= end || self.ch(ctx.ptr) != c) {
                ctx.ptr = ctx.ptr.wrapping_sub(1);
                ctx.count -= 1;
            }
            if ctx.count < min {
                if ctx.had_repeat {
                    self.mark_pop_discard(ctx.lastmark);
                }
                return Ok(Act::Ret(false));
            }
            self.ptr = ctx.ptr;
            ctx.jump = Jump::RepeatOne1;
            return Ok(Act::Call(tail, ctx.toplevel));
        }
        if ctx.count >= min {
            self.ptr = ctx.ptr;
            ctx.jump = Jump::RepeatOne2;
            return Ok(Act::Call(tail, ctx.toplevel));
        }
        if ctx.had_repeat {
            self.mark_pop_discard(ctx.lastmark);
        }
        Ok(Act::Ret(false))
    }

    /// MIN_REPEAT_ONE: tries the tail, then one more character, up to max.
    fn min_repeat_one_next(&mut self, code: &[u32], ctx: &mut Frame) -> R<Act> {
        let pc = ctx.pc;
        let max = op(code, pc + 3)?;
        let tail = pc + 1 + op(code, pc + 1)? as usize;
        if max == MAXREPEAT || ctx.count <= max as isize {
            self.ptr = ctx.ptr;
            ctx.jump = Jump::MinRepeatOne;
            return Ok(Act::Call(tail, ctx.toplevel));
        }
        if ctx.had_repeat {
            self.mark_pop_discard(ctx.lastmark);
        }
        Ok(Act::Ret(false))
    }

    /// MAX_UNTIL: cannot (or need not) match the item again; tries the tail.
    fn max_until_tail(&mut self, ctx: &mut Frame) -> Act {
        let ri = ctx.aux;
        self.repeat = self.repeats[ri].prev;
        ctx.jump = Jump::MaxUntil3;
        Act::Call(ctx.pc + 1, ctx.toplevel)
    }

    fn poss_repeat_next(&mut self, code: &[u32], ctx: &mut Frame) -> R<Act> {
        let pc = ctx.pc;
        let min = op(code, pc + 2)? as isize;
        let max = op(code, pc + 3)?;
        if ctx.count < min {
            ctx.jump = Jump::PossRepeat1;
            return Ok(Act::Call(pc + 4, false));
        }
        if (max == MAXREPEAT || ctx.count < max as isize) && self.ptr as isize != ctx.ptr2 {
            ctx.lastmark = self.lastmark;
            ctx.lastindex = self.lastindex;
            self.mark_push(ctx.lastmark);
            ctx.ptr2 = self.ptr as isize;
            ctx.jump = Jump::PossRepeat2;
            return Ok(Act::Call(pc + 4, false));
        }
        // tail: after the SUCCESS that ends the item
        ctx.pc = pc + 1 + op(code, pc + 1)? as usize + 1;
        ctx.ptr = self.ptr;
        self.dispatch(code, ctx)
    }

    /// Continues frame `ctx` after the sub-match it started returned `ret`.
    fn resume(&mut self, code: &[u32], ctx: &mut Frame, ret: bool) -> R<Act> {
        match ctx.jump {
            Jump::None => Err(InvalidCode),
            Jump::Branch => {
                if ret {
                    if ctx.had_repeat {
                        self.mark_pop_discard(ctx.lastmark);
                    }
                    return Ok(Act::Ret(true));
                }
                if ctx.had_repeat {
                    self.mark_pop_keep(ctx.lastmark);
                }
                self.lastmark_restore(ctx);
                self.branch_next(code, ctx)
            }
            Jump::RepeatOne1 | Jump::RepeatOne2 => {
                if ret {
                    if ctx.had_repeat {
                        self.mark_pop_discard(ctx.lastmark);
                    }
                    return Ok(Act::Ret(true));
                }
                if ctx.had_repeat {
                    self.mark_pop_keep(ctx.lastmark);
                }
                self.lastmark_restore(ctx);
                self.repeat_one_next(code, ctx, false)
            }
            Jump::MinRepeatOne => {
                if ret {
                    if ctx.had_repeat {
                        self.mark_pop_discard(ctx.lastmark);
                    }
                    return Ok(Act::Ret(true));
                }
                if ctx.had_repeat {
                    self.mark_pop_keep(ctx.lastmark);
                }
                self.lastmark_restore(ctx);
                self.ptr = ctx.ptr;
                let n = self.count(code, ctx.pc + 4, 1)?;
                if n == 0 {
                    if ctx.had_repeat {
                        self.mark_pop_discard(ctx.lastmark);
                    }
                    return Ok(Act::Ret(false));
                }
                ctx.ptr += 1;
                ctx.count += 1;
                self.min_repeat_one_next(code, ctx)
            }
            Jump::Repeat => {
                let ri = ctx.aux;
                self.repeat = self.repeats[ri].prev;
                self.repeats.truncate(ri);
                Ok(Act::Ret(ret))
            }
            Jump::MaxUntil1 => {
                if ret {
                    return Ok(Act::Ret(true));
                }
                let ri = ctx.aux;
                self.repeats[ri].count = ctx.count - 1;
                self.ptr = ctx.ptr;
                Ok(Act::Ret(false))
            }
            Jump::MaxUntil2 => {
                let ri = ctx.aux;
                let lp = self.data.pop().unwrap_or(-1);
                self.repeats[ri].last_ptr = lp;
                if ret {
                    self.mark_pop_discard(ctx.lastmark);
                    return Ok(Act::Ret(true));
                }
                self.mark_pop(ctx.lastmark);
                self.lastmark_restore(ctx);
                self.repeats[ri].count = ctx.count - 1;
                self.ptr = ctx.ptr;
                Ok(self.max_until_tail(ctx))
            }
            Jump::MaxUntil3 => {
                self.repeat = ctx.aux as isize;
                if ret {
                    return Ok(Act::Ret(true));
                }
                self.ptr = ctx.ptr;
                Ok(Act::Ret(false))
            }
            Jump::MinUntil1 => {
                if ret {
                    return Ok(Act::Ret(true));
                }
                let ri = ctx.aux;
                self.repeats[ri].count = ctx.count - 1;
                self.ptr = ctx.ptr;
                Ok(Act::Ret(false))
            }
            Jump::MinUntil2 => {
                let ri = ctx.aux;
                self.repeat = ri as isize;
                if ret {
                    if ctx.had_repeat {
                        self.mark_pop_discard(ctx.lastmark);
                    }
                    return Ok(Act::Ret(true));
                }
                if ctx.had_repeat {
                    self.mark_pop(ctx.lastmark);
                }
                self.lastmark_restore(ctx);
                self.ptr = ctx.ptr;
                let rpc = self.repeats[ri].pc;
                let max = op(code, rpc + 3)?;
                if (max != MAXREPEAT && ctx.count >= max as isize)
                    || self.ptr as isize == self.repeats[ri].last_ptr
                {
                    return Ok(Act::Ret(false));
                }
                self.repeats[ri].count = ctx.count;
                let lp = self.repeats[ri].last_ptr;
                self.data.push(lp);
                self.repeats[ri].last_ptr = self.ptr as isize;
                ctx.jump = Jump::MinUntil3;
                Ok(Act::Call(rpc + 4, ctx.toplevel))
            }
            Jump::MinUntil3 => {
                let ri = ctx.aux;
                let lp = self.data.pop().unwrap_or(-1);
                self.repeats[ri].last_ptr = lp;
                if ret {
                    return Ok(Act::Ret(true));
                }
                self.repeats[ri].count = ctx.count - 1;
                self.ptr = ctx.ptr;
                Ok(Act::Ret(false))
            }
            Jump::PossRepeat1 => {
                if !ret {
                    self.ptr = ctx.ptr;
                    return Ok(Act::Ret(false));
                }
                ctx.count += 1;
                self.poss_repeat_next(code, ctx)
            }
            Jump::PossRepeat2 => {
                if ret {
                    self.mark_pop_discard(ctx.lastmark);
                    ctx.count += 1;
                    return self.poss_repeat_next(code, ctx);
                }
                self.mark_pop(ctx.lastmark);
                self.lastmark_restore(ctx);
                self.ptr = ctx.ptr2 as usize;
                // enough iterations: continue with the tail
                let pc = ctx.pc;
                ctx.pc = pc + 1 + op(code, pc + 1)? as usize + 1;
                ctx.ptr = self.ptr;
                self.dispatch(code, ctx)
            }
            Jump::Atomic => {
                if !ret {
                    return Ok(Act::Ret(false));
                }
                ctx.ptr = self.ptr;
                ctx.pc += 1 + op(code, ctx.pc + 1)? as usize;
                self.dispatch(code, ctx)
            }
            Jump::Assert => {
                if !ret {
                    return Ok(Act::Ret(false));
                }
                ctx.pc += 1 + op(code, ctx.pc + 1)? as usize;
                self.dispatch(code, ctx)
            }
            Jump::AssertNot => {
                if ret {
                    if ctx.had_repeat {
                        self.mark_pop_discard(ctx.lastmark);
                    }
                    return Ok(Act::Ret(false));
                }
                if ctx.had_repeat {
                    self.mark_pop(ctx.lastmark);
                }
                self.lastmark_restore(ctx);
                ctx.pc += 1 + op(code, ctx.pc + 1)? as usize;
                self.dispatch(code, ctx)
            }
        }
    }

    /// pattern.match / fullmatch at `self.start`.
    pub fn do_match(&mut self, code: &[u32]) -> R<bool> {
        self.reset();
        self.ptr = self.start;
        self.run(code, 0, true)
    }

    /// pattern.search from `self.start`: on success `self.start`..`self.ptr` is the match.
    pub fn search(&mut self, code: &[u32]) -> R<bool> {
        let mut ptr = self.start;
        let end = self.end;
        if ptr > end {
            return Ok(false);
        }
        let mut body = 0;
        let mut min = 0usize;
        // INFO: <INFO> <skip> <flags> <min> <max> [<len> <skip> prefix... overlap...] | charset
        let mut prefix: Option<(usize, usize)> = None;
        let mut set: Option<usize> = None;
        if op(code, 0)? == INFO {
            min = op(code, 3)? as usize;
            body = 1 + op(code, 1)? as usize;
            let flags = op(code, 2)?;
            if flags & INFO_PREFIX != 0 {
                let n = op(code, 5)? as usize;
                if n > 0 && 7 + n <= code.len() {
                    prefix = Some((7, n));
                }
            } else if flags & INFO_CHARSET != 0 {
                set = Some(5);
            }
        }
        if end - ptr < min {
            return Ok(false);
        }
        if let Some((at, n)) = prefix {
            // every match starts with the literal prefix
            let pre = &code[at..at + n];
            loop {
                while ptr + n <= end && self.ch(ptr) != pre[0] {
                    ptr += 1;
                }
                if ptr + n > end {
                    return Ok(false);
                }
                if (1..n).all(|k| self.ch(ptr + k) == pre[k]) {
                    self.reset();
                    self.start = ptr;
                    self.ptr = ptr;
                    self.must_advance = false;
                    if self.run(code, 0, true)? {
                        return Ok(true);
                    }
                }
                ptr += 1;
            }
        }
        if let Some(cs) = set {
            // every match starts with a character of this set
            loop {
                while ptr < end && !charset(code, cs, self.ch(ptr))? {
                    ptr += 1;
                }
                if ptr >= end {
                    return Ok(false);
                }
                self.reset();
                self.start = ptr;
                self.ptr = ptr;
                self.must_advance = false;
                if self.run(code, 0, true)? {
                    return Ok(true);
                }
                ptr += 1;
            }
        }
        let first_lit = match op(code, body)? {
            LITERAL => Some(op(code, body + 1)?),
            _ => None,
        };
        let anchored = op(code, body)? == AT
            && matches!(op(code, body + 1)?, AT_BEGINNING | AT_BEGINNING_STRING);
        let mut adv = self.must_advance;
        let last = end - min;
        loop {
            if let Some(c) = first_lit {
                while ptr < end && self.ch(ptr) != c {
                    ptr += 1;
                }
                if ptr >= end || ptr > last {
                    return Ok(false);
                }
            }
            self.reset();
            self.start = ptr;
            self.ptr = ptr;
            self.must_advance = adv;
            if self.run(code, 0, true)? {
                return Ok(true);
            }
            adv = false;
            self.must_advance = false;
            if anchored || ptr >= last {
                return Ok(false);
            }
            ptr += 1;
        }
    }
}
