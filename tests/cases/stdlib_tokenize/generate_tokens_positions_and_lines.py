# tokenize.generate_tokens on varied source: token types, exact types, positions, `line`
import io
import tokenize
from token import tok_name

SOURCES = [
    "x = 1\n",
    "x = 1",  # no final newline: NEWLINE ''
    "if x:\n    y = 2\n\n# trailing comment\n",
    "def f(a, *, b=3) -> int:\n\treturn a ** b  # power\n",
    "s = '''multi\nline''' + \"x\"\nz\n",
    "s = '''é\nüü''' + 1\n",
    "t = (1,\n     2,\n)\n",
    "v = 1 + \\\n    2\n",
    "nums = [0, 0x1F, 0o17, 0b101, 1_000, 3.14, .5, 1e-3, 2.5E+10j, 7J, 1_0.0_1e1_0, 0777]\n",
    "ops = a->b; c **= d; e //= f; g >>= h; i <<= j; k != l; m @= n; o := p; q <> r\n",
    "ell = x[...] ; dots = a.b.c\n",
    "pfx = rb'x' + Rb'y' + BR'z' + u'w' + r'\\d' + b\"q\"\n",
    "async def g():\n    await h()\n",
    "x = 1\r\ny = 2\r\n",
    "class C:\n    def m(self):\n        pass\n  \n    # c\n\nz = 3\n",
    "\x0c\nx = 1\n",
    "if a:\n    if b:\n        c\nd\n",
    "é = 'ü' ; € = 1\n",
    "\n\n\n",
    "",
    "#only a comment",
    "x = $ ? !\n",
]

for src in SOURCES:
    print("=" * 10, repr(src))
    for t in tokenize.generate_tokens(io.StringIO(src).readline):
        exact = tok_name[t.exact_type] if t.exact_type != t.type else ""
        print(f"{tok_name[t.type]:14} {exact:12} {t.string!r:22} {t.start} {t.end} {t.line!r}")
