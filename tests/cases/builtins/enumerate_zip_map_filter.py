print(list(enumerate("abc")), list(enumerate("ab", 1)), list(enumerate([], start=5)), list(enumerate("x", start=-1)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(*[(1, 2), (3, 4)])), list(zip("ab", "cd", "ef")))
print(list(map(str, [1, 2])), list(map(pow, [2, 3], [2, 2])), list(map(lambda a, b: a + b, "ab", "xyz")), list(filter(None, [0, 1, "", "a", None])), list(filter(lambda x: x > 1, [1, 2, 3])))
print(list(zip([1, 2], "ab", strict=True)))
for a, b in (([1, 2, 3], "ab"), ([1], "ab")):
    try:
        list(zip(a, b, strict=True))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    list(zip([1], [2], "abc", strict=True))
except ValueError as e:
    print(type(e).__name__, e)
for f in (lambda: map(), lambda: map(len), lambda: filter(None), lambda: zip(5), lambda: enumerate(5), lambda: list(map(len, [1]))):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
