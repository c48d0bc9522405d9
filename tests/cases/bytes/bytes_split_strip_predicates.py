b = b"  a\tb  c\n"
print(b.split(), b.split(b" "), b.strip(), b.lstrip(b" a"), b.rsplit(None, 1), b"a,b,,c".split(b",", 2), b"x".join([b"1", bytearray(b"2")]))
print(b"abc".isalpha(), b"ab1".isalnum(), b"   ".isspace(), b"Ab Cd".istitle(), b"\x80".isascii(), b"abc".isascii(), b"".isalpha())
print(b"hello world".title(), b"Hello".swapcase(), b"abc".capitalize(), b"a\tb".expandtabs(4), b"abc".rjust(5, b"-"), b"12".zfill(4))
print(b"abcabc".rindex(b"c"), b"abc".endswith((b"x", b"c")), b"abc".startswith(b"b", 1), b"aaa".replace(b"a", b"bb"), b"abc".count(98))
try:
    b"abc".strip("a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"abc".split(" ")
except TypeError as e:
    print(type(e).__name__, e)
