b = b"  Hello, World  "
print(b.strip(), b.lower(), b.upper(), b.split(b","), b.split(), b.replace(b"l", b"L", 2), b.find(b"o"), b.count(b"l"), b.startswith(b"  H"))
print(b"a,b".partition(b","), b"-".join([b"a", b"b"]), b"abc".center(7, b"*"), b"42".zfill(5), b"abc".title(), b"ABC".isupper(), b"12".isdigit(), b"ab\ncd".splitlines())
print(b"hello".index(b"l"), b"hello".rfind(b"l"), b"x".ljust(3) + b"|", b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"abcd".removeprefix(b"ab"), b"%s=%d" % (b"k", 5), b"%r" % "é")
try:
    b"-".join([b"a", "b"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"abc".index(b"z")
except ValueError as e:
    print(type(e).__name__, e)
