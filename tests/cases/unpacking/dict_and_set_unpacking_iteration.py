d = {"a": 1, "b": 2}
k1, k2 = d
(ka, va), (kb, vb) = d.items()
print(k1, k2, ka, va, kb, vb)
s = {7}
(only,) = s
print(only)
a, b, *c = range(2)
print(a, b, c)
first, second = "xy"
print(first, second)
for (i, (j, k)) in [(1, (2, 3))]:
    print(i, j, k)
