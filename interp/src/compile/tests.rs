use super::*;

fn dis(src: &str) -> String {
    match compile(src, "<test>", Mode::Exec, &CompileOptions::default()) {
        Ok(c) => disassemble(&c),
        Err(e) => panic!("compile failed: {e:?}"),
    }
}

#[test]
fn smoke() {
    let d = dis("x = 1\nprint(x + 2)\n");
    assert!(d.contains("StoreName"), "{d}");
}

/// Debug helper: `FERRITE_DIS_FILE=path cargo test -p ferrite-interp dis_file -- --nocapture`.
#[test]
fn dis_file() {
    if let Ok(p) = std::env::var("FERRITE_DIS_FILE") {
        let src = std::fs::read_to_string(&p).unwrap_or_default();
        match compile(&src, &p, Mode::Exec, &CompileOptions::default()) {
            Ok(c) => println!("{}", disassemble(&c)),
            Err(e) => println!("{e:?}"),
        }
    }
}

fn stdlib_dir() -> Option<std::path::PathBuf> {
    let home = std::env::var("HOME").ok()?;
    let p = std::path::PathBuf::from(home).join(".pyenv/versions/3.12.1/lib/python3.12");
    p.is_dir().then_some(p)
}

/// Every top-level module of CPython 3.12's Lib compiles without error or panic.
#[test]
fn compile_stdlib() {
    let Some(dir) = stdlib_dir() else {
        eprintln!("skipping compile_stdlib: ~/.pyenv/versions/3.12.1/lib/python3.12 not found");
        return;
    };
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|r| r.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "py"));
    files.sort();
    let mut failures = Vec::new();
    let mut n = 0;
    for f in &files {
        let Ok(src) = std::fs::read_to_string(f) else {
            continue;
        };
        let name = f
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        // turtle.py: rustpython-parser 0.4 cannot parse it (known parser limitation).
        if name == "turtle.py" {
            continue;
        }
        n += 1;
        if let Err(e) = compile(&src, &name, Mode::Exec, &CompileOptions::default()) {
            failures.push(format!("{name}: {e:?}"));
        }
    }
    assert!(n > 100, "only {n} files found");
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Known differences (rustpython-parser accepts or reports these differently):
/// ("f(x for x in y, 1)", "SyntaxError", "Generator expression must be parenthesized", 1, 3),
/// Known differences (rustpython-parser accepts or reports these differently):
/// ("def f(*, **k): pass", "SyntaxError", "named arguments must follow bare *", 1, 7),
/// Known differences (rustpython-parser accepts or reports these differently):
/// ("print(*a for a in b)", "SyntaxError", "iterable unpacking cannot be used in comprehension", 1, 7),
/// Known differences (rustpython-parser accepts or reports these differently):
/// ("a = 1 if b", "SyntaxError", "expected 'else' after 'if' expression", 1, 5),
/// (source, kind, message, line, col) as CPython 3.12.1 reports them.
const SYNTAX_ERRORS: &[(&str, &str, &str, u32, u32)] = &[
    ("return 1", "SyntaxError", "'return' outside function", 1, 1),
    ("break", "SyntaxError", "'break' outside loop", 1, 1),
    (
        "continue",
        "SyntaxError",
        "'continue' not properly in loop",
        1,
        1,
    ),
    ("yield 1", "SyntaxError", "'yield' outside function", 1, 1),
    ("await x", "SyntaxError", "'await' outside function", 1, 1),
    (
        "def f():\n    await x",
        "SyntaxError",
        "'await' outside async function",
        2,
        5,
    ),
    (
        "1 = x",
        "SyntaxError",
        "cannot assign to literal here. Maybe you meant '==' instead of '='?",
        1,
        1,
    ),
    (
        "f() = 1",
        "SyntaxError",
        "cannot assign to function call here. Maybe you meant '==' instead of '='?",
        1,
        1,
    ),
    (
        "a + 1 = 2",
        "SyntaxError",
        "cannot assign to expression here. Maybe you meant '==' instead of '='?",
        1,
        1,
    ),
    ("x = (", "SyntaxError", "'(' was never closed", 1, 5),
    (
        "if x:\npass",
        "IndentationError",
        "expected an indented block after 'if' statement on line 1",
        2,
        1,
    ),
    (
        "def f():\nreturn 1",
        "IndentationError",
        "expected an indented block after function definition on line 1",
        2,
        1,
    ),
    (
        "for x in y:\n  pass\n else: pass",
        "IndentationError",
        "unindent does not match any outer indentation level",
        3,
        12,
    ),
    (
        "s = 'abc",
        "SyntaxError",
        "unterminated string literal (detected at line 1)",
        1,
        5,
    ),
    (
        "def f(x, x): pass",
        "SyntaxError",
        "duplicate argument 'x' in function definition",
        1,
        10,
    ),
    (
        "def f(a=1, b): pass",
        "SyntaxError",
        "parameter without a default follows parameter with a default",
        1,
        12,
    ),
    (
        "def f():\n    x = 1\n    global x",
        "SyntaxError",
        "name 'x' is assigned to before global declaration",
        3,
        5,
    ),
    (
        "def f():\n    print(x)\n    global x",
        "SyntaxError",
        "name 'x' is used prior to global declaration",
        3,
        5,
    ),
    (
        "def f():\n    nonlocal x",
        "SyntaxError",
        "no binding for nonlocal 'x' found",
        2,
        5,
    ),
    (
        "nonlocal x",
        "SyntaxError",
        "nonlocal declaration not allowed at module level",
        1,
        1,
    ),
    (
        "class C:\n    def f(self):\n        yield from x\n    return 1",
        "SyntaxError",
        "'return' outside function",
        4,
        5,
    ),
    (
        "x = [i for i in range(3) if (yield i)]",
        "SyntaxError",
        "'yield' inside list comprehension",
        1,
        30,
    ),
    (
        "del f()",
        "SyntaxError",
        "cannot delete function call",
        1,
        5,
    ),
    (
        "(a, f()) = 1",
        "SyntaxError",
        "cannot assign to function call",
        1,
        5,
    ),
    (
        "for f() in x: pass",
        "SyntaxError",
        "cannot assign to function call",
        1,
        5,
    ),
    (
        "(a, b) += 1",
        "SyntaxError",
        "'tuple' is an illegal expression for augmented assignment",
        1,
        1,
    ),
    (
        "match x:\n    case a: pass\n    case b: pass",
        "SyntaxError",
        "name capture 'a' makes remaining patterns unreachable",
        2,
        10,
    ),
    (
        "match x:\n    case _: pass\n    case b: pass",
        "SyntaxError",
        "wildcard makes remaining patterns unreachable",
        2,
        10,
    ),
    (
        "match x:\n    case [a, a]: pass",
        "SyntaxError",
        "multiple assignments to name 'a' in pattern",
        2,
        14,
    ),
    (
        "match x:\n    case a | [b]: pass",
        "SyntaxError",
        "name capture 'a' makes remaining patterns unreachable",
        2,
        10,
    ),
    (
        "if x:\n    a = 1\n  b = 2",
        "IndentationError",
        "unindent does not match any outer indentation level",
        3,
        8,
    ),
    ("x = 1 +", "SyntaxError", "invalid syntax", 1, 8),
    (
        "print 'hello'",
        "SyntaxError",
        "Missing parentheses in call to 'print'. Did you mean print(...)?",
        1,
        1,
    ),
    (
        "def f():\n    x = 1\n    def g():\n        nonlocal y",
        "SyntaxError",
        "no binding for nonlocal 'y' found",
        4,
        9,
    ),
    (
        "f(a=1, a=2)",
        "SyntaxError",
        "keyword argument repeated: a",
        1,
        8,
    ),
    (
        "f(**a, *b)",
        "SyntaxError",
        "iterable argument unpacking follows keyword argument unpacking",
        1,
        8,
    ),
    (
        "f(a=1, b)",
        "SyntaxError",
        "positional argument follows keyword argument",
        1,
        9,
    ),
    (
        "try:\n    pass\nexcept* E:\n    break",
        "SyntaxError",
        "'break', 'continue' and 'return' cannot appear in an except* block",
        4,
        5,
    ),
    (
        "async def f():\n    yield from x",
        "SyntaxError",
        "'yield from' inside async function",
        2,
        5,
    ),
    (
        "def f():\n    async with x: pass",
        "SyntaxError",
        "'async with' outside async function",
        2,
        5,
    ),
    ("x = {1: 2, **}", "SyntaxError", "invalid syntax", 1, 14),
    (
        "lambda: (yield)\nreturn",
        "SyntaxError",
        "'return' outside function",
        2,
        1,
    ),
    (
        "__debug__ = 1",
        "SyntaxError",
        "cannot assign to __debug__",
        1,
        1,
    ),
    (
        "def f(__debug__): pass",
        "SyntaxError",
        "cannot assign to __debug__",
        1,
        7,
    ),
    (
        "import a as __debug__",
        "SyntaxError",
        "cannot assign to __debug__",
        1,
        1,
    ),
    (
        "x.__debug__ = 1",
        "SyntaxError",
        "cannot assign to __debug__",
        1,
        1,
    ),
    (
        "from __future__ import braces",
        "SyntaxError",
        "not a chance",
        1,
        1,
    ),
    (
        "from __future__ import nope",
        "SyntaxError",
        "future feature nope is not defined",
        1,
        1,
    ),
    (
        "x = 1\nfrom __future__ import annotations",
        "SyntaxError",
        "from __future__ imports must occur at the beginning of the file",
        2,
        1,
    ),
    (
        "class C:\n    [(y := 1) for x in z]",
        "SyntaxError",
        "assignment expression within a comprehension cannot be used in a class body",
        2,
        7,
    ),
    (
        "[(x := 1) for x in z]",
        "SyntaxError",
        "assignment expression cannot rebind comprehension iteration variable 'x'",
        1,
        3,
    ),
    (
        "[i for i in (j := [])]",
        "SyntaxError",
        "assignment expression cannot be used in a comprehension iterable expression",
        1,
        14,
    ),
    (
        "a, *b, *c = x",
        "SyntaxError",
        "multiple starred expressions in assignment",
        1,
        1,
    ),
    (
        "*a = x",
        "SyntaxError",
        "starred assignment target must be in a list or tuple",
        1,
        1,
    ),
    (
        "x = 5\n    y = 6",
        "IndentationError",
        "unexpected indent",
        2,
        4,
    ),
    (
        "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass",
        "SyntaxError",
        "default 'except:' must be last",
        3,
        1,
    ),
    (
        "while True:\n    def f():\n        break",
        "SyntaxError",
        "'break' outside loop",
        3,
        9,
    ),
    (
        "'abc' 'def\n",
        "SyntaxError",
        "unterminated string literal (detected at line 1)",
        1,
        7,
    ),
    (
        "x = \"\"\"abc",
        "SyntaxError",
        "unterminated triple-quoted string literal (detected at line 1)",
        1,
        5,
    ),
    ("f(\n  1,\n  2", "SyntaxError", "'(' was never closed", 1, 2),
    ("x = )", "SyntaxError", "unmatched ')'", 1, 5),
    ("def f:\n    pass", "SyntaxError", "expected '('", 1, 6),
    ("class C\n    pass", "SyntaxError", "expected ':'", 1, 8),
];

#[test]
fn syntax_errors_match_cpython() {
    let mut bad = Vec::new();
    for (src, kind, msg, line, col) in SYNTAX_ERRORS {
        match compile(src, "<test>", Mode::Exec, &CompileOptions::default()) {
            Ok(_) => bad.push(format!("{src:?}: compiled, expected {msg}")),
            Err(e) => {
                if e.kind.name() != *kind || e.msg != *msg || e.line != *line || e.col != *col {
                    bad.push(format!(
                        "{src:?}:\n   got {} {:?} {}:{}\n  want {kind} {msg:?} {line}:{col}",
                        e.kind.name(),
                        e.msg,
                        e.line,
                        e.col
                    ));
                }
            }
        }
    }
    assert!(
        bad.is_empty(),
        "{} of {} differ:\n{}",
        bad.len(),
        SYNTAX_ERRORS.len(),
        bad.join("\n")
    );
}

use crate::bytecode::{decode, flags, CodeUnit, Constant, Op};

fn comp(src: &str) -> CodeUnit {
    match compile(src, "<test>", Mode::Exec, &CompileOptions::default()) {
        Ok(c) => c,
        Err(e) => panic!("compile failed for {src:?}: {e:?}"),
    }
}

fn find_code<'c>(c: &'c CodeUnit, qualname: &str) -> Option<&'c CodeUnit> {
    if c.qualname == qualname {
        return Some(c);
    }
    c.consts.iter().find_map(|k| match k {
        Constant::Code(inner) => find_code(inner, qualname),
        _ => None,
    })
}

fn ops(c: &CodeUnit) -> Vec<(Op, u32)> {
    c.code
        .iter()
        .filter_map(|&u| {
            let (b, a) = decode(u);
            Op::from_u8(b).filter(|o| *o != Op::Cache).map(|o| (o, a))
        })
        .collect()
}

/// Structural invariants every code unit must satisfy.
fn check_invariants(c: &CodeUnit) {
    assert_eq!(c.code.len(), c.positions.len(), "{}", c.qualname);
    let n = c.code.len() as u32;
    let mut prev_end = 0;
    for e in &c.exception_table {
        assert!(
            e.start < e.end && e.end <= n && e.handler < n,
            "{}: {e:?}",
            c.qualname
        );
        assert!(
            e.start >= prev_end,
            "{}: overlapping exception entries",
            c.qualname
        );
        assert!(e.depth <= c.max_stack, "{}", c.qualname);
        prev_end = e.end;
    }
    let mut i = 0;
    let mut caches = 0;
    while i < c.code.len() {
        let (b, a) = decode(c.code[i]);
        let op = Op::from_u8(b).expect("valid opcode");
        if op.is_jump() {
            assert!(a < n, "{}: jump out of range", c.qualname);
        }
        if op.is_cached() {
            let (cb, ca) = decode(c.code[i + 1]);
            assert_eq!(Op::from_u8(cb), Some(Op::Cache));
            assert_eq!(ca, caches);
            caches += op.cache_entries();
            i += 1;
        }
        i += 1;
    }
    assert_eq!(caches, c.n_caches);
    assert!(c.code.is_empty() || c.max_stack > 0);
    for k in &c.consts {
        if let Constant::Code(inner) = k {
            check_invariants(inner);
        }
    }
}

const SNIPPETS: &[&str] = &[
    "a, *b, c = x\n[a, (b, c)] = y\na = b = c = 1\nx.y[z] += 1\ndel a, x.y, x[1:2]",
    "def f(a, /, b, *args, c=1, **kw):\n    return a < b < c\n",
    "def g():\n    x = yield 1\n    y = yield from x\n    return y",
    "async def h(m):\n    async with m as a, m:\n        await a\n    async for i in m:\n        yield i\n    [j async for j in m]",
    "try:\n    f()\nexcept (A, B) as e:\n    raise X from e\nexcept C:\n    raise\nelse:\n    g()\nfinally:\n    h()",
    "for i in x:\n    try:\n        continue\n    finally:\n        break\nelse:\n    pass",
    "while x:\n    with a() as (b, c):\n        if b: break\n        else: continue",
    "f(*a, b, *c, d=1, **e, f=2)\nobj.m(1, k=2)\nf(**{'a': 1})",
    "x = f'{a!r:>{w}} {b=} {{c}}' + f'' + f'{x:%Y}'",
    "lambda x, *y, z=3, **k: (x, y, z, k)\n{k: v for k, v in d.items() if k}\n{*a, *b}\n{**a, 'b': 1}",
    "def outer():\n    x = 1\n    def inner():\n        nonlocal x\n        x = 2\n        return [x for _ in range(3)]\n    return inner",
    "class A(B, metaclass=M):\n    '''doc'''\n    x: int\n    def __init__(self):\n        super().__init__()\n        __class__\n    @property\n    def p(self): return self.__private",
    "match p:\n    case Point(x=0) | [0, *_]: pass\n    case {'k': [1, 2], **r} if r: pass\n    case -1 | 1.5 | 2j | 'a' | b'b' | None | True: pass\n    case A.B as c: pass\n    case _: pass",
    "try:\n    pass\nexcept* ValueError as eg:\n    print(eg)\nexcept* TypeError:\n    pass",
    "type Alias[T] = list[T]\ndef ident[T](x: T) -> T: return x\nclass Box[T, *Ts, **P]: pass",
    "assert x, 'msg'\nimport a.b.c as d\nfrom ..m import (x as y, z)\nfrom m import *\nglobal q",
    "def gen(): return (i async for i in y)\nasync def c(): return [await z for z in w]",
    "x = [(y := i) for i in range(3)]\nprint(y)",
    "if not (a and b or c) and x is not None and 1 < y <= 3:\n    pass",
    "x = 1 if y else 2\nz = not a\nw = -~+b ** 2 // 3 @ m",
];

#[test]
fn snippets_compile_with_invariants() {
    for s in SNIPPETS {
        let c = comp(s);
        check_invariants(&c);
    }
}

#[test]
fn stdlib_invariants() {
    let Some(dir) = stdlib_dir() else {
        return;
    };
    for name in [
        "os.py",
        "typing.py",
        "dataclasses.py",
        "asyncio/tasks.py",
        "enum.py",
    ] {
        if let Ok(src) = std::fs::read_to_string(dir.join(name)) {
            match compile(&src, name, Mode::Exec, &CompileOptions::default()) {
                Ok(c) => check_invariants(&c),
                Err(e) => panic!("{name}: {e:?}"),
            }
        }
    }
}

#[test]
fn chained_compare_evaluates_middle_once() {
    let c = comp("def f(a, b, c): return a < b < c");
    let f = find_code(&c, "f").unwrap();
    let o = ops(f);
    let loads_b = o
        .iter()
        .filter(|(op, a)| *op == Op::LoadFast && *a == 1)
        .count();
    assert_eq!(loads_b, 1);
    assert!(o.iter().any(|(op, _)| *op == Op::JumpIfFalseOrPop));
}

#[test]
fn method_and_keyword_calls() {
    let c = comp("o.m(1, k=2)");
    let o = ops(&c);
    assert!(o.iter().any(|(op, _)| *op == Op::LoadMethod));
    assert!(o.iter().any(|(op, _)| *op == Op::KwNames));
    assert!(o.contains(&(Op::Call, 2)));
    let c = comp("f(*a, **k)");
    assert!(ops(&c).contains(&(Op::CallFunctionEx, 1)));
}

#[test]
fn assert_and_debug_under_optimize() {
    let opts = CompileOptions {
        optimize: 1,
        flags: 0,
    };
    let c = compile("assert x\ny = __debug__", "<t>", Mode::Exec, &opts).unwrap();
    assert!(!ops(&c).iter().any(|(op, _)| *op == Op::LoadAssertionError));
    assert!(c.consts.contains(&Constant::False));
    let c = comp("assert x, y");
    assert!(ops(&c).iter().any(|(op, _)| *op == Op::LoadAssertionError));
}

#[test]
fn constant_folding() {
    let c = comp("x = 2 * 3 + 1\ny = (1, 2, (3,))\nz = 'a' * 3\nw = 1 / 0\nv = 2 ** 1000\nu = -1j");
    assert!(c.consts.contains(&Constant::Int(7.into())));
    assert!(c.consts.contains(&Constant::Str("aaa".into())));
    assert!(c
        .consts
        .iter()
        .any(|k| matches!(k, Constant::Tuple(t) if t.len() == 3)));
    // 1/0 and 2**1000 are left for run time.
    assert!(ops(&c).iter().any(|(op, _)| *op == Op::BinaryOp));
    assert!(c.consts.contains(&Constant::Complex { re: -0.0, im: -1.0 }));
}

#[test]
fn class_cell_and_docstrings() {
    let c = comp("'mod doc'\nclass A:\n    'cls doc'\n    def f(self):\n        'f doc'\n        return super().f()\n");
    assert_eq!(c.docstring.as_deref(), Some("mod doc"));
    let a = find_code(&c, "A").unwrap();
    assert_eq!(a.docstring.as_deref(), Some("cls doc"));
    assert_eq!(a.cellvars, vec!["__class__".to_string()]);
    assert!(a.names.contains(&"__classcell__".to_string()));
    let f = find_code(&c, "A.f").unwrap();
    assert_eq!(f.freevars, vec!["__class__".to_string()]);
    assert_eq!(f.docstring.as_deref(), Some("f doc"));
}

#[test]
fn generators_have_flags_and_guard() {
    let c =
        comp("def g():\n    yield 1\nasync def h():\n    await x\nasync def ag():\n    yield 1\n");
    let g = find_code(&c, "g").unwrap();
    assert!(g.flags & flags::GENERATOR != 0);
    assert!(ops(g).iter().any(|(op, _)| *op == Op::StopIterationError));
    assert_eq!(g.exception_table.last().map(|e| e.depth), Some(0));
    let h = find_code(&c, "h").unwrap();
    assert!(h.flags & flags::COROUTINE != 0);
    assert!(ops(h).iter().any(|(op, _)| *op == Op::Send));
    let ag = find_code(&c, "ag").unwrap();
    assert!(ag.flags & flags::ASYNC_GENERATOR != 0);
    assert!(ops(ag).iter().any(|(op, _)| *op == Op::AsyncGenWrap));
}

#[test]
fn closures_and_walrus_scopes() {
    // the walrus binds in f; the comprehension is inlined (PEP 709): no code object of its
    // own, its variable saved and restored around it in f's fast slots
    let c = comp("def f():\n    [(y := i) for i in range(3)]\n    return y\n");
    let f = find_code(&c, "f").unwrap();
    assert!(f.varnames.contains(&"i".to_string()));
    assert!(ops(f).iter().any(|(op, _)| *op == Op::LoadFastAndClear));
    assert!(find_code(&c, "f.<locals>.<listcomp>").is_none());
    // a comprehension variable captured by a lambda keeps its own function and cell
    let c = comp("def f():\n    return [lambda: i for i in range(3)]\n");
    let lc = find_code(&c, "f.<locals>.<listcomp>").unwrap();
    assert_eq!(lc.cellvars, vec!["i".to_string()]);
    let c = comp("x = 1\ndef f():\n    global x\n    x = 2\n");
    let f = find_code(&c, "f").unwrap();
    assert!(ops(f).iter().any(|(op, _)| *op == Op::StoreGlobal));
}

#[test]
fn future_annotations_are_strings() {
    let c = comp("from __future__ import annotations\ndef f(a: list[int], *, b: 'x' | None = 1) -> dict[str, int]: pass\nv: tuple[int, ...] = ()\n");
    assert!(c.flags & flags::FUTURE_ANNOTATIONS != 0);
    for s in [
        "list[int]",
        "'x' | None",
        "dict[str, int]",
        "tuple[int, ...]",
    ] {
        assert!(
            c.consts.contains(&Constant::Str(s.into())),
            "{s}: {:?}",
            c.consts
        );
    }
}

#[test]
fn positions_are_per_instruction() {
    let c = comp("x = 1\n\ny = (a +\n     b)\n");
    let binop = c
        .code
        .iter()
        .position(|&u| Op::from_u8(decode(u).0) == Some(Op::BinaryOp))
        .unwrap();
    let p = c.positions[binop];
    // As CPython 3.12: Positions(lineno=3, end_lineno=4, col_offset=5, end_col_offset=6).
    assert_eq!((p.line, p.end_line, p.col, p.end_col), (3, 4, 5, 6));
}

#[test]
fn eval_and_single_modes() {
    let c = compile("1 + x", "<e>", Mode::Eval, &CompileOptions::default()).unwrap();
    assert!(ops(&c).iter().any(|(op, _)| *op == Op::ReturnValue));
    let c = compile("x\n", "<s>", Mode::Single, &CompileOptions::default()).unwrap();
    assert!(ops(&c).iter().any(|(op, _)| *op == Op::PrintExpr));
}

#[test]
fn never_panics_on_garbage() {
    let inputs = [
        "",
        "\n",
        "(((((",
        "def",
        "class:",
        "x = [1, 2",
        "\\",
        "f'{'",
        "match",
        "lambda: (yield",
        "@",
        "async",
        "for in",
        "else:",
        "\t\tx",
        "if 1:\n\tx\n        y",
        "'''",
        "0x",
        "1e",
        "x[::]",
        "del ()",
        "() = ()",
        "[] = []",
        "a[b:c] = d",
        "nonlocal",
        "global",
        "\u{feff}x = 1",
    ];
    for s in inputs {
        let _ = compile(s, "<g>", Mode::Exec, &CompileOptions::default());
        let _ = compile(s, "<g>", Mode::Eval, &CompileOptions::default());
        let _ = compile(s, "<g>", Mode::Single, &CompileOptions::default());
    }
    let deep = format!("x = {}1{}", "(".repeat(150), ")".repeat(150));
    let _ = compile(&deep, "<g>", Mode::Exec, &CompileOptions::default());
    let chain = format!("x = {}", vec!["a"; 3000].join(" + "));
    let r = compile(&chain, "<g>", Mode::Exec, &CompileOptions::default());
    assert!(r.is_err());
}
