# array: CPython's errors for typecodes, item conversions and sequence operations
from array import array

tests = [("b", [200]), ("b", [-200]), ("B", [-1]), ("B", [256]), ("h", [1 << 16]), ("h", [-(1 << 16)]),
         ("H", [-1]), ("H", [1 << 16]), ("i", [1 << 40]), ("i", [-(1 << 40)]), ("I", [-1]), ("I", [1 << 40]),
         ("l", [1 << 70]), ("l", [-(1 << 70)]), ("L", [-1]), ("L", [1 << 70]), ("q", [1 << 70]),
         ("q", [-(1 << 70)]), ("Q", [-1]), ("Q", [1 << 70]), ("b", [1.0]), ("I", [1.0]), ("L", [1.0]),
         ("Q", [1.0]), ("q", [1.0]), ("f", ["x"]), ("d", [None]), ("u", [1]), ("u", ["ab"]), ("b", ["x"]),
         ("i", [None]), ("B", [255, 0]), ("f", [1e300])]
for code, v in tests:
    try:
        print(code, array(code, v))
    except (TypeError, OverflowError, ValueError) as e:
        print(code, type(e).__name__, e)
for bad in ["w", "x", 1, "ab", ""]:
    try:
        array(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

a = array("i", [1, 2])
for f in [lambda: a.pop(5), lambda: array("i").pop(), lambda: a.remove(9), lambda: a.index(9),
          lambda: a[5], lambda: a[-3], lambda: a["x"], lambda: a.extend(array("b")), lambda: a + [1],
          lambda: a.frombytes(b"abc"), lambda: array("b", "x"), lambda: a.fromlist((1,)),
          lambda: a.fromunicode("x"), lambda: a.tounicode(), lambda: a.__setitem__(slice(0, 1), [1]),
          lambda: a.__setitem__(5, 1), lambda: array("i", array("u", "x")), lambda: a * "x",
          lambda: hash(a), lambda: a.index(1, "x"), lambda: a < 1, lambda: a.__setitem__(0, "s"),
          lambda: a.__setitem__(slice(None, None, 2), array("i", [1, 2, 3])), lambda: a.append(),
          lambda: array(), lambda: array("i", [], 1)]:
    try:
        print(f())
    except (TypeError, ValueError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)
print(a)
