//! The instruction buffer of one code unit and its assembly into a `CodeUnit`.
//!
//! Code generation appends instructions with symbolic jump targets (labels). Exception handling
//! is described by two pseudo-items instead of SETUP_* ops: `Setup` marks the point where a
//! protected region starts (the handler's stack depth is the depth there, as CPython's
//! SETUP_FINALLY), and every instruction records the innermost handler active when it was
//! emitted. Assembly then
//!  1. walks the control flow from the entry to compute stack depths (and each handler's depth),
//!     dropping unreachable instructions;
//!  2. lays out units, growing `ExtendedArg` prefixes until jump offsets are stable;
//!  3. emits the units, cache slots, positions and the exception table (one entry per run of
//!     units with the same handler).

use crate::bytecode::{encode, CodeUnit, ExceptionEntry, Op, Position};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct Label(pub(crate) u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct HandlerId(pub(crate) u32);

#[derive(Clone, Debug)]
enum Item {
    Instr {
        op: Op,
        arg: u32,
        target: Option<Label>,
        pos: Position,
        handler: Option<HandlerId>,
    },
    Label(Label),
    /// Protected region entry: handler depth = current depth + adjust.
    Setup {
        handler: HandlerId,
        adjust: i32,
    },
}

struct HandlerInfo {
    label: Label,
    depth: Option<u32>,
}

#[derive(Default)]
pub(crate) struct Buffer {
    items: Vec<Item>,
    n_labels: u32,
    handlers: Vec<HandlerInfo>,
    /// Active handler stack (innermost last).
    pub(crate) active: Vec<HandlerId>,
}

/// An internal inconsistency in generated code (a compiler bug, reported instead of panicking).
#[derive(Debug)]
pub(crate) struct AssembleError(pub(crate) String);

impl Buffer {
    pub(crate) fn new_label(&mut self) -> Label {
        self.n_labels += 1;
        Label(self.n_labels - 1)
    }

    pub(crate) fn place(&mut self, l: Label) {
        self.items.push(Item::Label(l));
    }

    pub(crate) fn emit(&mut self, op: Op, arg: u32, pos: Position) {
        let handler = self.active.last().copied();
        self.items.push(Item::Instr {
            op,
            arg,
            target: None,
            pos,
            handler,
        });
    }

    pub(crate) fn emit_jump(&mut self, op: Op, target: Label, pos: Position) {
        let handler = self.active.last().copied();
        self.items.push(Item::Instr {
            op,
            arg: 0,
            target: Some(target),
            pos,
            handler,
        });
    }

    /// Creates a handler starting at `label` whose depth is the stack depth here plus `adjust`.
    /// It is not active until `push_handler`.
    pub(crate) fn setup_handler(&mut self, label: Label, adjust: i32) -> HandlerId {
        let id = HandlerId(self.handlers.len() as u32);
        self.handlers.push(HandlerInfo { label, depth: None });
        self.items.push(Item::Setup {
            handler: id,
            adjust,
        });
        id
    }

    pub(crate) fn push_handler(&mut self, h: HandlerId) {
        self.active.push(h);
    }

    pub(crate) fn pop_handler(&mut self) {
        self.active.pop();
    }

    /// Whether the last item is an instruction after which control cannot fall through.
    pub(crate) fn ends_in_terminator(&self) -> bool {
        matches!(self.items.last(), Some(Item::Instr { op, .. }) if no_fallthrough(*op))
    }

    pub(crate) fn assemble(mut self, unit: &mut CodeUnit) -> Result<(), AssembleError> {
        let n = self.items.len();
        // Label -> item index.
        let mut label_at = vec![usize::MAX; self.n_labels as usize];
        for (i, it) in self.items.iter().enumerate() {
            if let Item::Label(l) = it {
                label_at[l.0 as usize] = i;
            }
        }
        let target_index = |l: Label| -> Result<usize, AssembleError> {
            match label_at.get(l.0 as usize) {
                Some(&i) if i != usize::MAX => Ok(i),
                _ => Err(AssembleError(format!("label {} never placed", l.0))),
            }
        };

        // 1. Stack depths by flow analysis.
        let mut depth: Vec<Option<u32>> = vec![None; n];
        let mut work: Vec<(usize, u32)> = vec![(0, 0)];
        let mut max_depth = 0u32;
        while let Some((mut i, mut d)) = work.pop() {
            loop {
                if i >= n {
                    break;
                }
                match depth[i] {
                    Some(old) => {
                        if old != d {
                            return Err(AssembleError(format!(
                                "inconsistent stack depth at item {i}: {old} vs {d}"
                            )));
                        }
                        break;
                    }
                    None => depth[i] = Some(d),
                }
                max_depth = max_depth.max(d);
                match &self.items[i] {
                    Item::Label(_) => {}
                    Item::Setup { handler, adjust } => {
                        let hd = d as i64 + *adjust as i64;
                        if hd < 0 {
                            return Err(AssembleError("negative handler depth".into()));
                        }
                        let h = &mut self.handlers[handler.0 as usize];
                        match h.depth {
                            Some(x) if x != hd as u32 => {
                                return Err(AssembleError("handler depth mismatch".into()))
                            }
                            _ => h.depth = Some(hd as u32),
                        }
                        let t = target_index(h.label)?;
                        work.push((t, hd as u32 + 1));
                        max_depth = max_depth.max(hd as u32 + 1);
                    }
                    Item::Instr {
                        op, arg, target, ..
                    } => {
                        let (op, arg, target) = (*op, *arg, *target);
                        if let Some(t) = target {
                            let e = stack_effect(op, arg, true);
                            let nd = d as i64 + e as i64;
                            if nd < 0 {
                                return Err(AssembleError(format!(
                                    "stack underflow at {op:?} (item {i})"
                                )));
                            }
                            work.push((target_index(t)?, nd as u32));
                            max_depth = max_depth.max(nd as u32);
                            if op == Op::Jump {
                                break;
                            }
                        }
                        if no_fallthrough(op) {
                            break;
                        }
                        let e = stack_effect(op, arg, false);
                        let nd = d as i64 + e as i64;
                        if nd < 0 {
                            return Err(AssembleError(format!(
                                "stack underflow at {op:?} (item {i})"
                            )));
                        }
                        d = nd as u32;
                        max_depth = max_depth.max(d);
                    }
                }
                i += 1;
            }
        }

        // Keep reachable instructions and all labels.
        let mut kept: Vec<Item> = Vec::with_capacity(n);
        for (i, it) in std::mem::take(&mut self.items).into_iter().enumerate() {
            match it {
                Item::Label(_) => kept.push(it),
                Item::Instr { .. } if depth[i].is_some() => kept.push(it),
                _ => {}
            }
        }
        // Drop jumps to the immediately following instruction.
        let items = kept;

        // 2. Layout.
        let m = items.len();
        let mut size = vec![0u32; m];
        for (i, it) in items.iter().enumerate() {
            if let Item::Instr { op, .. } = it {
                size[i] = 1 + u32::from(op.is_cached());
            }
        }
        let mut offset = vec![0u32; m + 1];
        let mut label_off = vec![0u32; self.n_labels as usize];
        loop {
            let mut off = 0u32;
            for i in 0..m {
                offset[i] = off;
                if let Item::Label(l) = &items[i] {
                    label_off[l.0 as usize] = off;
                }
                off += size[i];
            }
            offset[m] = off;
            let mut changed = false;
            for i in 0..m {
                if let Item::Instr {
                    op, arg, target, ..
                } = &items[i]
                {
                    let a = match target {
                        Some(t) => label_off[t.0 as usize],
                        None => *arg,
                    };
                    let want = 1 + ext_count(a) + u32::from(op.is_cached());
                    if want > size[i] {
                        size[i] = want;
                        changed = true;
                    }
                }
            }
            if !changed {
                break;
            }
        }

        // 3. Emit.
        let mut code = Vec::new();
        let mut positions = Vec::new();
        let mut unit_handler: Vec<Option<HandlerId>> = Vec::new();
        let mut n_caches = 0u32;
        for i in 0..m {
            if let Item::Instr {
                op,
                arg,
                target,
                pos,
                handler,
            } = &items[i]
            {
                let a = match target {
                    Some(t) => label_off[t.0 as usize],
                    None => *arg,
                };
                let body = size[i] - 1 - u32::from(op.is_cached());
                let mut k = body;
                while k > 0 {
                    let shift = 24 * k;
                    let hi = if shift >= 32 {
                        0
                    } else {
                        (a >> shift) & 0xff_ffff
                    };
                    code.push(encode(Op::ExtendedArg, hi));
                    positions.push(*pos);
                    unit_handler.push(*handler);
                    k -= 1;
                }
                code.push(encode(*op, a & 0xff_ffff));
                positions.push(*pos);
                unit_handler.push(*handler);
                if op.is_cached() {
                    code.push(encode(Op::Cache, n_caches & 0xff_ffff));
                    n_caches += op.cache_entries();
                    positions.push(*pos);
                    unit_handler.push(*handler);
                }
            }
        }
        // Exception table.
        let mut table: Vec<ExceptionEntry> = Vec::new();
        let mut i = 0usize;
        while i < code.len() {
            let h = unit_handler[i];
            let mut j = i + 1;
            while j < code.len() && unit_handler[j] == h {
                j += 1;
            }
            if let Some(h) = h {
                let info = &self.handlers[h.0 as usize];
                if let Some(d) = info.depth {
                    table.push(ExceptionEntry {
                        start: i as u32,
                        end: j as u32,
                        handler: label_off[info.label.0 as usize],
                        depth: d,
                        push_lasti: false,
                    });
                }
            }
            i = j;
        }
        unit.code = code;
        unit.positions = positions;
        unit.exception_table = table;
        unit.n_caches = n_caches;
        unit.max_stack = max_depth;
        Ok(())
    }
}

fn ext_count(a: u32) -> u32 {
    if a < (1 << 24) {
        0
    } else {
        1
    }
}

/// Instructions after which control never falls through.
pub(crate) fn no_fallthrough(op: Op) -> bool {
    matches!(
        op,
        Op::Jump | Op::ReturnValue | Op::RaiseVarargs | Op::Reraise
    )
}

/// Net stack effect of an instruction; `jump` selects the effect when its jump is taken.
pub(crate) fn stack_effect(op: Op, arg: u32, jump: bool) -> i32 {
    let a = arg as i32;
    use Op::*;
    match op {
        Nop | ExtendedArg | Cache | Swap | Reserved => 0,
        PopTop => -1,
        Copy | PushNull | LoadConst => 1,
        LoadFast | LoadDeref | LoadClosure | LoadClassDeref | LoadGlobal | LoadName => 1,
        LoadFastAndClear => 1,
        StoreFast | StoreDeref | StoreGlobal | StoreName => -1,
        DeleteFast | DeleteDeref | DeleteGlobal | DeleteName => 0,
        LoadAttr => 0,
        StoreAttr => -2,
        DeleteAttr => -1,
        LoadMethod => 1,
        BinaryOp => -1,
        UnaryOp => 0,
        CompareOp | IsOp | ContainsOp | BinarySubscr => -1,
        StoreSubscr => -3,
        DeleteSubscr => -2,
        BuildSlice => 1 - a,
        BuildTuple | BuildList | BuildSet | BuildString => 1 - a,
        BuildMap => 1 - 2 * a,
        FormatValue => {
            if arg & 4 != 0 {
                -1
            } else {
                0
            }
        }
        ListAppend | SetAdd => -1,
        MapAdd => -2,
        ListExtend | SetUpdate | DictUpdate | DictMerge => -1,
        ListToTuple => 0,
        UnpackSequence => a - 1,
        UnpackEx => (arg & 0xff) as i32 + (arg >> 8) as i32,
        Jump => 0,
        PopJumpIfFalse | PopJumpIfTrue | PopJumpIfNone | PopJumpIfNotNone => -1,
        JumpIfFalseOrPop | JumpIfTrueOrPop => {
            if jump {
                0
            } else {
                -1
            }
        }
        GetIter => 0,
        ForIter => {
            if jump {
                -1
            } else {
                1
            }
        }
        ReturnValue => -1,
        Call => -a - 1,
        KwNames => 0,
        CallFunctionEx => {
            if arg & 1 != 0 {
                -3
            } else {
                -2
            }
        }
        MakeFunction => -((arg & 0xf).count_ones() as i32),
        LoadBuildClass => 1,
        RaiseVarargs => -a,
        Reraise => -1,
        PushExcInfo => 1,
        PopExcept => -1,
        CheckExcMatch | CheckEgMatch => 0,
        PrepReraiseStar => -1,
        LoadAssertionError => 1,
        BeforeWith | BeforeAsyncWith => 1,
        WithExceptStart => 1,
        YieldValue | GetYieldFromIter => 0,
        Send => {
            if jump {
                -1
            } else {
                0
            }
        }
        GetAwaitable | GetAIter => 0,
        GetANext => 1,
        EndAsyncFor => -2,
        StopIterationError => 0,
        ImportName => -1,
        ImportFrom => 1,
        ImportStar => -1,
        SetupAnnotations => 0,
        GetLen | MatchMapping | MatchSequence | MatchKeys => 1,
        MatchClass => -2,
        CopyDictWithoutKeys => 0,
        PrintExpr => -1,
        MakeTypeAlias => -2,
        MakeTypeParam => {
            if arg >= 3 {
                -1
            } else {
                0
            }
        }
        SubscriptGeneric => -1,
        AsyncGenWrap => 0,
        SetFunctionTypeParams => -1,
        GenericBase => 0,
    }
}
