pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a", 0)]
print(sorted(pairs), max(pairs), min(pairs), (1, 2, 3) > (1, 2), (1,) < (1, 0), () < (0,), (2,) > (1, 99))
print((1, 2) == [1, 2], (1, 2) != (1, 2.0), (float("nan"),) == (float("nan"),), (0, "x") < (1,))
try:
    (1, 2) < (1, "a")
except TypeError as e:
    print(type(e).__name__, e)
print(tuple(sorted((3, 1, 2))), tuple(reversed((1, 2))), (1, 2) * 0, -1 * (1,), (1, 2).__add__((3,)), (1,).__mul__(3))
