a, *b = [1, 2, 3]
*c, d = "xyz"
e, *f, g = range(5)
h, *i = [1]
print(a, b, c, d, e, f, g, h, i)
(j, k), l = (1, 2), 3
[m, [n, *o]] = [1, [2, 3, 4]]
print(j, k, l, m, n, o)
for x, *rest in [(1, 2, 3), (4,)]:
    print(x, rest)
p = q = [0]
p.append(1)
print(q)
x, y = y, x = 1, 2
print(x, y)
