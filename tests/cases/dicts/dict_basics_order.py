d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()), len(d))
del d["b"]
d["b"] = 4
print(d, "a" in d, 2 in d, d.get("z"), d.get("z", 0), d.get("a"))
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": 1}, k2=2), dict(zip("ab", (1, 2))), dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
print({1: "a", 1.0: "b", True: "c"}, {(1, 2): 3}[(1, 2)], {None: 1}[None])
