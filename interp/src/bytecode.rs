//! Ferrite's bytecode: the contract between the compiler (`compile/`) and the eval loop.
//!
//! Why this shape: a stack machine close to CPython 3.12's, so that its compiler is a good guide
//! and tracebacks/line numbers map the same way, but with zero-cost exception handling through a
//! per-code exception table (no SETUP_* ops on the hot path) and explicit inline-cache slots that
//! the eval loop specialises in place (quickening) and the JIT reads.
//!
//! Encoding: every instruction is one `u32` unit, `opcode | arg << 8` (24-bit argument). An
//! argument that does not fit is prefixed by `ExtendedArg` units carrying the high bits, as in
//! CPython. Opcodes marked "cached" are followed by exactly one `Cache` unit whose argument is the
//! index of that instruction's entry in `CodeUnit::n_caches` (the eval loop owns the entries).
//!
//! Stack notation: `[a, b] -> [c]` lists the top of the stack last. `NULL` is the empty value
//! (used by calls to tell "no self").

use num_bigint::BigInt;
use std::rc::Rc;

/// One instruction's opcode. `#[repr(u8)]`, stored in the low byte of a `u32` unit.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Op {
    /// Does nothing.
    Nop = 0,
    /// Supplies the high bits of the next instruction's argument: `arg = arg << 24 | next.arg`.
    ExtendedArg,
    /// Inline cache slot following a cached instruction; argument = cache index. Never executed.
    Cache,

    // ---- stack manipulation ----
    /// `[a] -> []`
    PopTop,
    /// `[.., x] -> [.., x, x_n]`: push a copy of the arg-th item (1 = top).
    Copy,
    /// Swap top with the arg-th item (2 = second).
    Swap,
    /// `[] -> [NULL]`
    PushNull,
    /// `[] -> [consts[arg]]`
    LoadConst,

    // ---- names ----
    /// `[] -> [fast[arg]]`; UnboundLocalError "cannot access local variable 'x' where it is not
    /// associated with a value" if unset.
    LoadFast,
    /// `[v] -> []`
    StoreFast,
    /// Unset fast[arg] (UnboundLocalError if already unset).
    DeleteFast,
    /// `[] -> [cells[arg].contents]` where `cells = cellvars ++ freevars`. NameError for a free
    /// variable ("cannot access free variable 'x' where it is not associated with a value in
    /// enclosing scope"), UnboundLocalError for a cellvar.
    LoadDeref,
    /// `[v] -> []` into cells[arg]
    StoreDeref,
    DeleteDeref,
    /// `[] -> [cells[arg]]` (the cell object itself, for building closures)
    LoadClosure,
    /// Class bodies: look `freevars/cellvars name of cells[arg]` up in the class namespace first,
    /// then in the cell. `[] -> [v]`
    LoadClassDeref,
    /// `[] -> [globals[names[arg]] or builtins[...]]`; NameError "name 'x' is not defined". Cached.
    LoadGlobal,
    /// `[v] -> []`
    StoreGlobal,
    DeleteGlobal,
    /// Module/class-body scopes: locals mapping, then globals, then builtins. `[] -> [v]`
    LoadName,
    /// `[v] -> []` into the locals mapping.
    StoreName,
    DeleteName,

    // ---- attributes ----
    /// `[obj] -> [obj.names[arg]]`. Cached.
    LoadAttr,
    /// `[v, obj] -> []`: obj.names[arg] = v. Cached.
    StoreAttr,
    /// `[obj] -> []`
    DeleteAttr,
    /// `[obj] -> [meth, obj]` when obj.names[arg] is a plain function found on the type (unbound
    /// method call without allocating a bound method), else `[NULL, attr]`. Cached.
    LoadMethod,

    // ---- operators ----
    /// `[a, b] -> [a op b]`, op = `BinOp` in arg (includes in-place variants). Cached.
    BinaryOp,
    /// `[a] -> [op a]`, op = `UnaryOpKind` in arg.
    UnaryOp,
    /// `[a, b] -> [a cmp b]`, cmp = `CompareKind` in arg (Lt..Ge only). Cached.
    CompareOp,
    /// `[a, b] -> [a is b]` (arg 1: `is not`)
    IsOp,
    /// `[a, b] -> [a in b]` (arg 1: `not in`)
    ContainsOp,
    /// `[container, key] -> [container[key]]`
    BinarySubscr,
    /// `[v, container, key] -> []`
    StoreSubscr,
    /// `[container, key] -> []`
    DeleteSubscr,
    /// `[start, stop] -> [slice]` (arg 2) or `[start, stop, step] -> [slice]` (arg 3)
    BuildSlice,

    // ---- building ----
    /// `[x1..xn] -> [tuple]`
    BuildTuple,
    BuildList,
    BuildSet,
    /// `[k1, v1, .. kn, vn] -> [dict]`
    BuildMap,
    /// `[s1..sn] -> [s1+..+sn]` (f-string pieces, all str)
    BuildString,
    /// `[v] -> [format(v, '')]` after conversion: arg = `conversion | (has_spec << 2)`; with a spec
    /// the stack is `[v, spec] -> [format(v, spec)]`. Conversion: 0 none, 1 str, 2 repr, 3 ascii.
    FormatValue,
    /// `[list, .., v] -> [list, ..]` list at depth arg (counting after popping v; 1 = top)
    ListAppend,
    /// like ListAppend for sets
    SetAdd,
    /// `[dict, .., k, v] -> [dict, ..]` dict at depth arg after popping k, v
    MapAdd,
    /// `[list, .., iterable] -> [list, ..]` list.extend(iterable), list at depth arg
    ListExtend,
    /// `[set, .., iterable] -> [set, ..]`
    SetUpdate,
    /// `[dict, .., mapping] -> [dict, ..]` dict.update (for `{**a}`)
    DictUpdate,
    /// Like DictUpdate but for call `**kwargs`: TypeError on duplicate keys ("f() got multiple
    /// values for keyword argument 'x'") and non-mapping ("argument after ** must be a mapping, not
    /// int"); the callable sits at stack depth arg+2 for the message.
    DictMerge,
    /// `[list] -> [tuple]`
    ListToTuple,

    // ---- unpacking ----
    /// `[seq] -> [xn .. x1]` (x1 on top), exactly arg items; ValueError on mismatch.
    UnpackSequence,
    /// `a, *b, c`: arg = `before | after << 8`. `[seq] -> [after.., list, before..]` (first on top)
    UnpackEx,

    // ---- control flow ---- (jump args are absolute unit indices into `code`)
    Jump,
    /// `[v] -> []`, jump if falsy
    PopJumpIfFalse,
    PopJumpIfTrue,
    PopJumpIfNone,
    PopJumpIfNotNone,
    /// `[v] -> [v]` and jump if falsy, else `[v] -> []`
    JumpIfFalseOrPop,
    JumpIfTrueOrPop,
    /// `[iterable] -> [iter]`
    GetIter,
    /// `[iter] -> [iter, next]`; when exhausted: `[iter] -> []` and jump to arg. Back-edges of
    /// loops are the `Jump`s whose target is a `ForIter` or a loop header; the eval loop counts
    /// them (JIT hook) and polls the GC safepoint there.
    ForIter,
    /// `[v] -> return v`
    ReturnValue,

    // ---- calls and functions ----
    /// `[callable_or_meth, NULL_or_self, a1..an] -> [result]`: if the second item is not NULL it
    /// is `self` and becomes the first positional argument (see LoadMethod); if the first item is
    /// NULL the callable is the second item (see PushNull). arg = n positional+keyword args;
    /// when preceded by `KwNames`, the last `len(kwnames)` args are keyword arguments. Cached.
    Call,
    /// Sets the keyword names (consts[arg], a tuple of str) for the next `Call`.
    KwNames,
    /// `[NULL, callable, args_tuple] -> [result]` or with arg 1
    /// `[NULL, callable, args_tuple, kwargs_dict] -> [result]`
    CallFunctionEx,
    /// `[extras.., code] -> [function]`. arg flags:
    /// 0x01 defaults tuple, 0x02 kwdefaults dict, 0x04 annotations (tuple of name/value pairs,
    /// flattened), 0x08 closure tuple of cells. Extras are pushed in that order (defaults first),
    /// the code object last (on top).
    MakeFunction,
    /// `[] -> [builtins.__build_class__]`
    LoadBuildClass,

    // ---- exceptions ----
    /// arg 0: re-raise the exception being handled (bare `raise`; RuntimeError "No active
    /// exception to reraise" if none); 1: `[exc] -> raise exc`; 2: `[exc, cause] -> raise exc from
    /// cause`.
    RaiseVarargs,
    /// `[exc] -> raise exc` keeping its traceback (end of finally/except cleanup). arg unused.
    Reraise,
    /// First op of a handler: `[exc] -> [prev_exc, exc]`: saves the currently-handled exception
    /// (or None) and makes exc the currently-handled one (sys.exception()).
    PushExcInfo,
    /// `[prev_exc] -> []`: restores the currently-handled exception.
    PopExcept,
    /// `[exc, type] -> [exc, bool]` isinstance check for `except T:`; TypeError "catching classes
    /// that do not inherit from BaseException is not allowed" for bad types.
    CheckExcMatch,
    /// `except*`: `[eg, type] -> [rest, match]`: split the exception group; match is None if no match.
    CheckEgMatch,
    /// Used at the end of a `try/except*`: `[orig, list_of_raised] -> [exc_or_None]` combines what
    /// the handlers raised with the unhandled rest (CPython's PREP_RERAISE_STAR).
    PrepReraiseStar,
    /// `[] -> [AssertionError]`
    LoadAssertionError,
    /// `with`: `[mgr] -> [exit_bound, enter_result]` (TypeError "'X' object does not support the
    /// context manager protocol" when missing).
    BeforeWith,
    /// `async with`: like BeforeWith with __aenter__/__aexit__ (result of __aenter__ must be awaited).
    BeforeAsyncWith,
    /// Inside a with's exception handler: `[exit, prev_exc, exc] -> [exit, prev_exc, exc, res]`
    /// where res = exit(type(exc), exc, exc.__traceback__).
    WithExceptStart,

    // ---- generators and coroutines ----
    /// `[v] -> [sent]`: suspend the frame yielding v; resumes with the sent value on the stack.
    /// arg 0: a `yield` expression; arg 1: the yield of a `yield from`/`await` delegation loop,
    /// always emitted as `send: Send exit; YieldValue 1; Jump send; exit:` with the
    /// sub-iterator right below the yielded value (so `throw()`/`close()` on a frame suspended
    /// at `YieldValue 1` delegate to that sub-iterator; if its `throw()` returns by raising
    /// StopIteration(v), resume at `exit` with `[v]` replacing `[sub_iter]`).
    /// A generator-like frame starts with an empty stack: the first resume pushes nothing.
    YieldValue,
    /// `[iterable] -> [iter]` for `yield from` (coroutines pass through unchanged)
    GetYieldFromIter,
    /// `[sub_iter, v] -> [sub_iter, yielded_value]` and fall through to YieldValue, or when the
    /// sub-iterator returns: `[sub_iter, v] -> [return_value]` and jump to arg. (CPython's SEND.)
    Send,
    /// `[obj] -> [awaitable_iter]` (`await`); arg 0 plain, 1 after __aenter__, 2 after __aexit__
    /// for error messages.
    GetAwaitable,
    /// `[aiterable] -> [aiter]`
    GetAIter,
    /// `[aiter] -> [aiter, awaitable]`
    GetANext,
    /// Exception handler of `async for`: `[aiter, exc] -> []` if exc is StopAsyncIteration, else re-raise.
    EndAsyncFor,
    /// `[v] -> [v]`: StopIteration raised out of a generator body becomes RuntimeError
    /// ("generator raised StopIteration"); emitted by the compiler as the generator's
    /// outermost handler. `[exc] -> raise converted`. The compiler emits the handler as
    /// `StopIterationError; Reraise 1` (entry depth 0), so an implementation may either raise
    /// here or leave the converted exception on the stack for the `Reraise`. Coroutines and
    /// async generators get the same handler (RuntimeError "coroutine raised StopIteration" /
    /// "async generator raised StopIteration", and StopAsyncIteration for async generators).
    StopIterationError,

    // ---- modules ----
    /// `[level, fromlist] -> [module]` importing names[arg]
    ImportName,
    /// `[module] -> [module, module.names[arg]]` (ImportError "cannot import name 'x' from 'm'")
    ImportFrom,
    /// `[module] -> []` `from m import *` into the locals mapping
    ImportStar,
    /// Creates `__annotations__` in the locals mapping if missing.
    SetupAnnotations,

    // ---- pattern matching ----
    /// `[subject] -> [subject, len(subject)]`
    GetLen,
    /// `[subject] -> [subject, bool]` collections.abc.Mapping-like check (dict or subclass, or
    /// registered Mapping)
    MatchMapping,
    /// `[subject] -> [subject, bool]` Sequence check (not str/bytes/bytearray)
    MatchSequence,
    /// `[subject, keys_tuple] -> [subject, keys_tuple, values_tuple_or_None]`
    MatchKeys,
    /// `[subject, cls, kw_names_tuple] -> [attrs_tuple_or_None]`, arg = number of positional
    /// sub-patterns (uses `__match_args__`).
    MatchClass,
    /// `[subject, keys_tuple] -> [subject, dict_without_keys]` for `**rest`
    CopyDictWithoutKeys,

    // ---- misc ----
    /// `[v] -> []` interactive expression statement (prints repr, sets builtins._).
    PrintExpr,
    /// `[obj] -> [obj.__class__-style special lookup result]`: not used yet; reserved.
    Reserved,
    /// PEP 695: `[name, type_params_tuple_or_None, compute_value_fn] -> [TypeAliasType]`
    MakeTypeAlias,
    /// PEP 695: `[name] -> [TypeVar]` (arg 0), ParamSpec (1), TypeVarTuple (2), TypeVar with bound
    /// `[name, bound_fn] -> [TypeVar]` (3), with constraints `[name, constraints_fn]` (4).
    MakeTypeParam,
    /// PEP 695: `[cls, params_tuple] -> [Generic[params]]` base for generic classes.
    SubscriptGeneric,

    // ---- added by the compiler (after SubscriptGeneric so existing numbers stay) ----
    /// Async generators: `[v] -> [wrapped]` marks a value produced by `yield` (CPython's
    /// INTRINSIC_ASYNC_GEN_WRAP) so the async-generator machinery can tell it from a value an
    /// `await` inside the body passes through. Emitted right before `YieldValue 0` in code with
    /// the ASYNC_GENERATOR flag.
    AsyncGenWrap,
    /// PEP 695 generic functions: `[func, type_params_tuple] -> [func]` sets
    /// `func.__type_params__` (CPython's INTRINSIC_SET_FUNCTION_TYPE_PARAMS).
    SetFunctionTypeParams,
    /// PEP 695 generic classes: `[type_params_tuple] -> [typing.Generic[*type_params]]`, the
    /// implicit last base (CPython's INTRINSIC_SUBSCRIPT_GENERIC). The compiler emits this
    /// instead of `SubscriptGeneric`, which has no class to put below the tuple.
    GenericBase,
    /// `[] -> [fast[arg] or NULL]`, leaving fast[arg] unset: saves a variable an inlined
    /// comprehension (PEP 709) is about to reuse; `StoreFast` of the saved value (NULL
    /// included) restores it afterwards.
    LoadFastAndClear,
}

/// Entries of an attribute or method site's polymorphic inline cache.
pub const ATTR_CACHE_WAYS: u32 = 4;

impl Op {
    /// Number of opcodes, for tables indexed by opcode.
    pub const COUNT: usize = Op::LoadFastAndClear as usize + 1;

    pub fn from_u8(b: u8) -> Option<Op> {
        if (b as usize) < Op::COUNT {
            // SAFETY: `Op` is `repr(u8)` with contiguous discriminants 0..COUNT, checked above.
            Some(unsafe { std::mem::transmute::<u8, Op>(b) })
        } else {
            None
        }
    }

    /// Inline cache entries an instruction owns (consecutive, starting at its `Cache`
    /// unit's index): attribute and method sites keep a small polymorphic cache.
    pub fn cache_entries(self) -> u32 {
        match self {
            Op::LoadAttr | Op::StoreAttr | Op::LoadMethod => ATTR_CACHE_WAYS,
            _ => 1,
        }
    }

    /// Instructions followed by one `Cache` unit.
    pub fn is_cached(self) -> bool {
        matches!(
            self,
            Op::LoadGlobal
                | Op::LoadAttr
                | Op::StoreAttr
                | Op::LoadMethod
                | Op::BinaryOp
                | Op::CompareOp
                | Op::Call
        )
    }

    /// Instructions whose argument is an absolute jump target.
    pub fn is_jump(self) -> bool {
        matches!(
            self,
            Op::Jump
                | Op::PopJumpIfFalse
                | Op::PopJumpIfTrue
                | Op::PopJumpIfNone
                | Op::PopJumpIfNotNone
                | Op::JumpIfFalseOrPop
                | Op::JumpIfTrueOrPop
                | Op::ForIter
                | Op::Send
        )
    }
}

/// Binary operators (argument of `BinaryOp`). In-place variants try `__iop__` first.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add = 0,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
    InplaceAdd,
    InplaceSub,
    InplaceMul,
    InplaceMatMul,
    InplaceTrueDiv,
    InplaceFloorDiv,
    InplaceMod,
    InplacePow,
    InplaceLShift,
    InplaceRShift,
    InplaceAnd,
    InplaceOr,
    InplaceXor,
}

impl BinOp {
    pub const COUNT: usize = BinOp::InplaceXor as usize + 1;
    pub fn from_u32(v: u32) -> Option<BinOp> {
        if (v as usize) < BinOp::COUNT {
            // SAFETY: `BinOp` is `repr(u8)` with contiguous discriminants 0..COUNT, checked above.
            Some(unsafe { std::mem::transmute::<u8, BinOp>(v as u8) })
        } else {
            None
        }
    }
    /// The non-inplace operator.
    pub fn base(self) -> BinOp {
        let v = self as u8;
        if v >= BinOp::InplaceAdd as u8 {
            BinOp::from_u32((v - BinOp::InplaceAdd as u8) as u32).unwrap()
        } else {
            self
        }
    }
    pub fn is_inplace(self) -> bool {
        self as u8 >= BinOp::InplaceAdd as u8
    }
    /// The operator's symbol as CPython's error messages print it ("+", "+=", "**", ...).
    pub fn symbol(self) -> &'static str {
        const S: [&str; BinOp::COUNT] = [
            "+",
            "-",
            "*",
            "@",
            "/",
            "//",
            "%",
            "** or pow()",
            "<<",
            ">>",
            "&",
            "|",
            "^",
            "+=",
            "-=",
            "*=",
            "@=",
            "/=",
            "//=",
            "%=",
            "**=",
            "<<=",
            ">>=",
            "&=",
            "|=",
            "^=",
        ];
        S[self as usize]
    }
}

/// Unary operators (argument of `UnaryOp`).
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOpKind {
    Neg = 0,
    Pos,
    Invert,
    Not,
}

/// Rich comparisons (argument of `CompareOp`).
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CompareKind {
    Lt = 0,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CompareKind {
    pub fn from_u32(v: u32) -> Option<CompareKind> {
        Some(match v {
            0 => CompareKind::Lt,
            1 => CompareKind::Le,
            2 => CompareKind::Eq,
            3 => CompareKind::Ne,
            4 => CompareKind::Gt,
            5 => CompareKind::Ge,
            _ => return None,
        })
    }
    pub fn symbol(self) -> &'static str {
        ["<", "<=", "==", "!=", ">", ">="][self as usize]
    }
}

/// Code flags (as CPython's co_flags where they exist).
pub mod flags {
    pub const OPTIMIZED: u32 = 0x1;
    pub const NEWLOCALS: u32 = 0x2;
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    pub const NOFREE: u32 = 0x40;
    pub const COROUTINE: u32 = 0x80;
    pub const ITERABLE_COROUTINE: u32 = 0x100;
    pub const ASYNC_GENERATOR: u32 = 0x200;
    /// `from __future__ import annotations` in effect
    pub const FUTURE_ANNOTATIONS: u32 = 0x100_0000;
}

/// A compile-time constant. The runtime turns these into heap objects when it loads a code unit.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    True,
    False,
    Ellipsis,
    Int(BigInt),
    Float(f64),
    Complex { re: f64, im: f64 },
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Constant>),
    FrozenSet(Vec<Constant>),
    Code(Rc<CodeUnit>),
}

/// Source position of one instruction (1-based lines, 0-based UTF-8 byte columns as CPython's
/// co_positions; the traceback printer converts to characters).
pub use ferrite_runtime::objects::function::Pos as Position;

/// One exception-table entry: instructions in `start..end` (unit indices) that raise jump to
/// `handler` after the value stack is cut to `depth` items (and, if `push_lasti`, the raising
/// instruction's index is pushed as an int), then the exception is pushed.
/// Entries are sorted by `start`; ranges never overlap (the compiler emits one entry per run of
/// instructions with the same innermost handler).
pub use ferrite_runtime::objects::function::ExcEntry as ExceptionEntry;

/// The compiler's output for one scope (module, class body, function, lambda, comprehension).
#[derive(Clone, Debug, PartialEq)]
pub struct CodeUnit {
    pub name: String,
    pub qualname: String,
    pub filename: String,
    pub first_line: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    /// Fast locals: arguments first (positional, kw-only, *args, **kwargs), then other locals.
    pub varnames: Vec<String>,
    /// Variables of this scope captured by inner scopes (cells).
    pub cellvars: Vec<String>,
    /// For each cellvar: the index of the argument with the same name, if any (its cell is
    /// initialised from the argument at frame entry).
    pub cell2arg: Vec<Option<u32>>,
    /// Variables of enclosing scopes used here (cells taken from the function's closure).
    pub freevars: Vec<String>,
    /// Names for global/attribute/name ops.
    pub names: Vec<String>,
    pub consts: Vec<Constant>,
    /// The instructions (see module docs for the encoding).
    pub code: Vec<u32>,
    /// One position per unit of `code` (same length; Cache/ExtendedArg units repeat their
    /// instruction's position).
    pub positions: Vec<Position>,
    pub exception_table: Vec<ExceptionEntry>,
    /// Number of inline cache entries used by this unit's cached instructions.
    pub n_caches: u32,
    /// Upper bound of the value stack depth.
    pub max_stack: u32,
    /// The docstring, if the scope has one (functions: also consts[0] in CPython; here only here).
    pub docstring: Option<String>,
}

/// Encodes one instruction unit.
#[inline]
pub fn encode(op: Op, arg: u32) -> u32 {
    debug_assert!(arg < (1 << 24));
    op as u32 | (arg << 8)
}

/// Decodes one unit into (opcode byte, 24-bit argument).
#[inline]
pub fn decode(unit: u32) -> (u8, u32) {
    ((unit & 0xff) as u8, unit >> 8)
}
