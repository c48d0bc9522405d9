pts = [(1, 2), (3, 4), (5, 6)]
for x, y in pts:
    print(x * y, end=" ")
print()
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
nested = ((1, (2, 3)), (4, (5, 6)))
print([x + y + z for x, (y, z) in nested])
print(tuple(zip(*pts)), max(pts, key=lambda p: p[1]), sum(map(sum, pts)))
