print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1, 0.2]), sum([[1], [2]], []), sum(range(101)), sum([], start=5), sum([1.5, 2]), sum([True, True]))
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "x", [0]]), all([1, 0]), any(x > 3 for x in range(5)))
for f in (lambda: sum(["a", "b"]), lambda: sum(["a"], ""), lambda: sum([b"a"], b""), lambda: sum(5), lambda: sum([1, "x"]), lambda: any(5), lambda: sum([[1]], start=0)):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
