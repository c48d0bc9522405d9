# bytes patterns on bytes, bytearray and memoryview subjects; mixing str and bytes.
import re

p = re.compile(rb"(\w+)=(\d+)")
print(p.findall(b"a=1 bb=22"), p.match(b"k=9").groups())
print(p.search(bytearray(b"  x=5")).group(), p.search(memoryview(b"y=6")).group(1))
print(re.sub(rb"\d", b"#", b"a1b2"), re.sub(rb"(\d)", rb"<\1>", b"a1"))
print(re.split(rb"[,;]", b"a,b;c"), re.subn(b"a", b"b", bytearray(b"aaa")))
print(re.match(rb"(?i)abc", b"ABC"), re.findall(rb"\w+", "é a".encode()))
print(re.findall(rb"[\x80-\xff]+", b"a\xe9\xffb"))
print(re.match(rb".", b"\n"), re.match(rb"\s+", b" \t\n").span())
print(re.compile(rb"a", re.I), re.compile(rb"a").pattern)
print(re.escape(b"a.b*c"))
print(re.sub(b"x", lambda m: m.group() * 2, b"axbx"))
m = re.match(rb"(?P<k>\w)", bytearray(b"z"))
print(m, m.group("k"), type(m.group()), m.string)
for pat, s in [("a", b"a"), (b"a", "a"), ("a", bytearray(b"a")), (b"a", 1), ("a", None)]:
    try:
        re.match(pat, s)
    except TypeError as e:
        print("TypeError", e)
try:
    re.sub("a", b"b", "a")
except TypeError as e:
    print("TypeError", e)
try:
    re.compile(rb"\w", re.U)
except ValueError as e:
    print("ValueError", e)
try:
    re.compile("a", re.L)
except ValueError as e:
    print("ValueError", e)
