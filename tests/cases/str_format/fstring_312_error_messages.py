# CPython 3.12's f-string SyntaxError messages and positions.
cases = [
    'f"{}"', 'f"{ }"', 'f"{!r}"', 'f"{:x}"', 'f"{=}"',
    'f"{x!z}"', 'f"{x!}"', 'f"{x!rr}"', 'f"{x! r}"', 'f"{x!r"', 'f"{3!g"', 'f"{3!!}"',
    'f"{x!r=}"', 'f"{x=y}"', 'f"{i="',
    'f"{x"', 'f"{"', 'f"{x:"', 'f"{x:{{}"', "f'{\"x'",
    'f"}"', 'f"a}b"', 'f"{x}}"', 'f"{{x}"',
    'f"{a b}"', 'f"{a.}"', 'f"{1 +}"', 'f"{import}"', 'f"{x if lambda: 1}"',
    'f"{lambda x: x}"', 'f"{lambda: 1}"', 'f"{1, lambda:x}"', 'f"{+ lambda:None}"',
    'f"{x:{y:{z:{w}}}}"', 'f"{x:{y:{z:}}}"',
    'f"{)}"', 'f"{(}"', 'f"{x]}"', 'f"{[}"',
    'f"abc', 'f"{x}', "f'''{x}", 'f"a\nb"',
    'f"{x #c}"', "f'{\\'a\\'}'",
    'f"{1=}{;"', 'f"{1=}{1;"',
    'f"{*a}"', 'f"{*a, 1}"',
    'f"{1}" = 1', 'del f"{1}"', '(f"a" := 1)', 'g(f"a"=1)',
    'match x:\n    case f"a": pass',
    'b"a" f"b"', 'f"\\N{foo}"', 'f"\\x1"',
    'x = 1 +\nf"{!r}"', 'f"{!r}"\nx = 1 +',
    'print(f"{x!r}", f"{y!z}")',
    'x.f"a"', 'import f"x"', 'lambda f"": 1', 'for f"{x}" in y: pass', 'f"{x}" += 1',
]
for src in cases:
    try:
        compile(src, "<f>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), "->", e.msg, (e.lineno, e.offset))
