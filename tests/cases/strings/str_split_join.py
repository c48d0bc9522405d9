print("a,b,,c".split(","), "a b  c ".split(), "  a b  ".split(None, 1), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1))
print("".split(), "".split(","), "abc".split("abc"), "  ".split(" "), "a\tb\nc\x0bd\x1ce".split())
print("a\nb\r\nc\rd\n".splitlines(), "a\nb\n".splitlines(True), "".splitlines(), "x\u2028y".splitlines())
print(",".join(["a", "b", "c"]), "".join([]), "-".join("abc"), " ".join(map(str, range(4))))
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"), "abc".rpartition("x"))
try:
    "a".split("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    ",".join(["a", 1, "b"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".partition("")
except ValueError as e:
    print(type(e).__name__, e)
