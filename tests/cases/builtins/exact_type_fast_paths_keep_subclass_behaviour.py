# The interpreter's shortcuts for exact builtin types (len, in, ==, %, join, iter, isinstance,
# type calls, method calls) must not change what subclasses and odd operands see.


class MyStr(str):
    def __len__(self):
        return 99

    def __contains__(self, x):
        return x == "magic"

    def __eq__(self, other):
        return True

    __hash__ = str.__hash__

    def __iter__(self):
        return iter(["it"])

    def __rmod__(self, other):
        return "rmod(%r)" % (str(other),)


s = MyStr("abc")
print(len(s), len("abc"), len([1, 2]), len((1,)), len({"a": 1}))
print("magic" in s, "a" in s, "a" in "abc", "" in "abc", "bc" in "abc", "é" in "café")
print(s == "zzz", "abc" == "abc", "abc" != "abd", "a" == "a", "é" == "é")
print("%s" % s, "x%sy" % MyStr("q"))
print("<%s>" % 5, "<%04x>" % 255, "%s-%s" % ("a", 1.5), "%(k)s" % {"k": "v"})
print(list(s), list("héllo wörld"), list(iter("日本語")))
print("".join(["a"]), "-".join(("x", "y", "z")), "".join([]), "é".join(["a", "b"]))
print("".join([MyStr("sub"), "x"]), ",".join(MyStr("ab")))
one = "only" * 3
print("".join([one]) is one)
for bad in (["a", 1], [None], ("a", b"b")):
    try:
        "".join(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    "".join(5)
except TypeError as e:
    print("TypeError:", e)


class Liar:
    @property
    def __class__(self):
        return int


print(isinstance(Liar(), int), isinstance(3, str), isinstance("x", (int, str)), isinstance(True, int))
print(isinstance({}, int), isinstance([], float), isinstance(None, dict), isinstance(1.5, float))
print(str(12), int("42"), float("2.5"), tuple("ab"), repr(str("x")), type(int("7")).__name__)


class MyInt(int):
    def __init__(self, v):
        print("MyInt.__init__", v)


print(MyInt(5) + 1)
out = []
out.append(1)
list.append(out, 2)
try:
    list.append((), 3)
except TypeError as e:
    print("TypeError:", e)
try:
    out.append()
except TypeError as e:
    print("TypeError:", e)
try:
    out.append(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    out.append(x=1)
except TypeError as e:
    print("TypeError:", e)
d = {"a": 1}
print(out, d.get("a"), d.get("b"), d.get("b", 0))
try:
    d.get()
except TypeError as e:
    print("TypeError:", e)
print(ord("a"), ord("é"), chr(233), "héllo"[1], "héllo"[-1], "abc"[0])
try:
    "abc"[3]
except IndexError as e:
    print("IndexError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)


def f(a, b):
    return a - b


print(f(5, 3), f(b=1, a=4))
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
