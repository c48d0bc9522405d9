s = "Hello, World"
print(s.center(20, "="), s.ljust(15, "."), s.rjust(15), s.swapcase(), s.index("o", 5), s.rindex("o", 0, 6))
print("a-b_c d".replace("-", " ").replace("_", " ").split(), "x".join(["1"]), "abc".isidentifier(), "ab" * 3 == "ababab")
print("tEST sTRING".capitalize(), "hello world".title(), "they're bill's".title(), "ß".upper(), "ǆ".title())
print(str.lower("ABC"), str.join(",", "ab"), str.__add__("a", "b"), "abc".__getitem__(1), "abc".__len__(), "b" in "abc")
print("{:s}".format("s"), "a\tb".expandtabs(2), "  x  ".strip() == "x", "x".center(4), "x".center(4, "-"), "ab".center(5, "-"))
