# tokenize.tokenize on bytes: ENCODING token, coding cookies, BOM, detect_encoding, open,
# untokenize round trips
import io
import os
import tempfile
import tokenize
from token import tok_name


def show(data):
    print("=" * 10, data[:40])
    try:
        for t in tokenize.tokenize(io.BytesIO(data).readline):
            print(f"{tok_name[t.type]:10} {t.string!r:28} {t.start} {t.end} {t.line!r}")
    except SyntaxError as e:
        print(type(e).__name__, e)


show(b"x = 1\n")
show("# -*- coding: latin-1 -*-\ns = 'caf\xe9'\n".encode("latin-1"))
show(b"\xef\xbb\xbfy = 2\n")
show("#!/usr/bin/env python\n# vim: set fileencoding=koi8-r :\nz = '\u0436'\n".encode("koi8-r"))
show(b"# coding: bogus\nx\n")
show(b"s = '\xe9'\n")  # not UTF-8, no cookie

print(tokenize.detect_encoding(io.BytesIO(b"# coding=utf-8\nx\n").readline))
print(tokenize.detect_encoding(io.BytesIO(b"\xef\xbb\xbfx\n").readline))
print(tokenize.detect_encoding(io.BytesIO(b"").readline))

src = "def f(a):\n    return a + 1  # inc\n\nprint(f'{f(1)!r}')\n"
toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
print(tokenize.untokenize(toks) == src)
print(repr(tokenize.untokenize((t.type, t.string) for t in toks)))

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "m.py")
    with open(p, "wb") as f:
        f.write("# coding: latin-1\nname = 'Jos\xe9'\n".encode("latin-1"))
    with tokenize.open(p) as f:
        print(f.encoding, repr(f.read()))
    with open(p, "rb") as f:
        print([t.string for t in tokenize.tokenize(f.readline)])
