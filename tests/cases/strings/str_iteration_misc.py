s = "héllo"
print(list(s), [c for c in s if c != "l"], list(reversed(s)), sorted("banana"), "".join(sorted("banana", reverse=True)))
print(str(), str(123), str(None), str([1, "a"]), str(1.0), str(b"ab", "ascii"), str(b"\xff", "utf-8", "replace"))
it = iter("ab")
print(next(it), next(it), next(it, "done"))
print("abc".__contains__("b"), "a".join("xyz"), "abc"[::-1] == "cba")
try:
    str(b"a", 5)
except TypeError as e:
    print(type(e).__name__, e)
