# _tokenize.TokenizerIter itself: raw tuples with and without extra_tokens, readline
# protocols (StopIteration or '' ends the input; chunks without newlines), argument errors
import _tokenize
import io

T = _tokenize.TokenizerIter
print(T, T.__module__, T.__name__)


def dump(src, **kw):
    print("==", repr(src), kw)
    try:
        for t in T(io.StringIO(src).readline, **kw):
            print("  ", t)
    except SyntaxError as e:
        print("  ", type(e).__name__, e.msg, e.lineno, e.offset)


dump("if x:\n    y = 'a' # c\n", extra_tokens=True)
dump("if x:\n    y = 'a' # c\n", extra_tokens=False)
dump("a <> b\n", extra_tokens=False)
dump("async def f(): await x\n", extra_tokens=False)
dump("x = 0777\n", extra_tokens=False)
dump("x = 1if y else 2\n", extra_tokens=False)
dump("x = 1abc\n", extra_tokens=False)
dump(")\n", extra_tokens=False)
dump("(]\n", extra_tokens=False)
dump("(\n]\n", extra_tokens=False)
dump("x = \u20ac\n", extra_tokens=False)


def chunks():
    yield "x = ("
    yield "1)"
    yield "\n"


print(list(T(chunks().__next__, extra_tokens=True)))
print(list(T(iter([b"x = '\xe9'\n"]).__next__, extra_tokens=True, encoding="latin-1")))

it = T(iter(["x\n"]).__next__, extra_tokens=True)
print(iter(it) is it, list(it), list(it), next(it, "done"))

for f in [
    lambda: T(),
    lambda: T(1, 2),
    lambda: T(1),
    lambda: T(1, foo=2),
    lambda: T(1, extra_tokens=1, foo=2),
    lambda: T(1, extra_tokens=1, encoding=5),
    lambda: T(readline=1, extra_tokens=1),
    lambda: list(T(iter([b"x\n"]).__next__, extra_tokens=True)),
    lambda: list(T(iter(["x\n"]).__next__, extra_tokens=True, encoding="utf-8")),
    lambda: list(T(iter([b"x\n"]).__next__, extra_tokens=True, encoding="nope")),
    lambda: list(T(5, extra_tokens=True)),
]:
    try:
        f()
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)


def boom():
    raise ValueError("boom")


try:
    list(T(boom, extra_tokens=True))
except ValueError as e:
    print("ValueError", e)

try:
    class Sub(T):
        pass
except TypeError as e:
    print("TypeError", e)
