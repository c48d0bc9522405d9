print(max(3, 1, 2), min(3, 1, 2), max([1, 5, 2]), min("hello"), max("a", "b", key=str.upper), max([], default="empty"), min((), default=None))
print(max([(1, "b"), (1, "a")]), max(["aa", "b", "ccc"], key=len), min(["aa", "b", "c"], key=len), max([1, 3, 3.0, 2]), max([3.0, 3, 1]))
for f in (lambda: max([]), lambda: min(()), lambda: max(), lambda: max(1), lambda: max(1, 2, default=0), lambda: min([1, "a"]), lambda: max([1], key=5), lambda: max(1, 2, bogus=1)):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
