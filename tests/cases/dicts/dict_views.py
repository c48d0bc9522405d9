d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
d["d"] = 4
print(k, v, i, len(k), "a" in k, 2 in v, ("a", 1) in i, ("a", 2) in i)
print(k & {"a", "z"} == {"a"}, sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}), k == {"a", "b", "c", "d"}, k.isdisjoint({"x"}))
print(sorted(i & {("a", 1), ("b", 9)}), list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(v == v, list(d.values()) == [1, 2, 3, 4], type(k).__name__, type(v).__name__, type(i).__name__)
print(k.mapping if hasattr(k, "mapping") else None)
try:
    v & {1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    k[0]
except TypeError as e:
    print(type(e).__name__, e)
