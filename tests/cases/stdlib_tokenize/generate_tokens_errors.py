# errors from tokenize.generate_tokens: TokenError (SyntaxErrors of the tokenizer, with
# tokenize's message for EOF in strings), IndentationError and TabError as they are
import io
import tokenize

SOURCES = [
    "x = (1,\n",
    "x = (1,\n2",
    "x = \\\n",
    "x = 1\\ y\n",
    "'abc\n",
    "'''abc\n\n",
    "x = '''\n",
    "f'abc\n",
    "f'''abc\n",
    "f'{'\n",
    "f'}'\n",
    "f'{a:x\n'\n",
    "if x:\n    y\n  z\n",
    "if 1:\n\ty\n        z\n",
    "if 1:\n        x\n\ty\n",
    "1__0\n",
    "0x\n",
    "0o8\n",
    "0b2\n",
    "0_\n",
    "1e+\n",
    "a\x00b\n",
    "\x01\n",
    "x = f'{1}' '\n",
    "def f(:\n  '''doc\n",
]

for src in SOURCES:
    print("=" * 10, repr(src))
    toks = []
    try:
        for t in tokenize.generate_tokens(io.StringIO(src).readline):
            toks.append(t.string)
    except tokenize.TokenError as e:
        print("tokens:", toks)
        print("TokenError", e.args)
    except SyntaxError as e:
        print("tokens:", toks)
        print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text))
    else:
        print("tokens:", toks)
