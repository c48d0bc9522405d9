d = {"a": 1, "b": 2}
print(d.pop("a"), d.pop("x", None), d.setdefault("b", 99), d.setdefault("c", 3), d.setdefault("n"), d)
d.update({"d": 4}, e=5)
d.update([("f", 6)])
print(d, d.popitem(), d.popitem(), d)
c = d.copy()
c["b"] = 0
print(d, c, c == d, {1: 2} == {1: 2.0}, {1: 2, 3: 4} == {3: 4, 1: 2})
c.clear()
print(c, dict.fromkeys(range(3), []))
for f in (lambda: d.update(5), lambda: d.update([1]), lambda: d.update([(1, 2, 3)]), lambda: dict([1, 2]), lambda: d.get(), lambda: d.pop(), lambda: dict(1, 2), lambda: d < d):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
