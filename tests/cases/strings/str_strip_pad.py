s = "  xx hello xx  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(" x")), repr("xxhixx".strip("x")))
print(repr("abc".center(9)), repr("abc".center(8, "*")), repr("abc".ljust(6, ".")), repr("abc".rjust(6)), repr("abc".center(2)))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(6), "abc".zfill(5), "".zfill(3))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "abc".removeprefix("x"))
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("\t".expandtabs(0)))
try:
    "abc".center(9, "**")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".strip(1)
except TypeError as e:
    print(type(e).__name__, e)
