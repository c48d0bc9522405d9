print({k: v for k, v in zip("abc", range(3))}, {x % 3: x for x in range(10)}, {i: {j: i * j for j in range(2)} for i in range(2)})
print(repr({"a": [1, {"b": (2,)}]}), str({1: None}), {}, dict(), type({}).__name__, {**{"a": 1}, "b": 2, **{"a": 3}})
d = dict(a=1)
print(d.__len__(), d.__getitem__("a"), d.__contains__("a"), list(iter(d)), next(iter(d.items())))
