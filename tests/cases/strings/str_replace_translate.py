print("aaaa".replace("a", "b"), "aaaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("", "-", 2), "abc".replace("x", "y"))
t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()), "abcd-abcd".translate(t))
print("hello".translate({ord("l"): None, ord("h"): "J"}), str.maketrans({"a": "1"}))
try:
    str.maketrans("ab", "x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".translate({97: 5.5})
except TypeError as e:
    print(type(e).__name__, e)
