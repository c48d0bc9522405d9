import math

print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([]), math.fsum([-0.0]), math.fsum([1, 2, 3]))
print(math.fsum([2.0**53, -0.5, -2.0**-54]), math.fsum([2.0**53, 1.0, 2.0**-100]))
print(math.fsum(x / 7 for x in range(100)))
print(math.fsum([math.inf, 1.0]), math.fsum([math.inf, math.inf]), math.fsum([math.nan, 1]))
print(math.fsum([1e308, -1e308, 1e308]))
for bad in [[math.inf, -math.inf], [1e308, 1e308], [1, 'a'], 5]:
    try:
        print(math.fsum(bad))
    except Exception as e:
        print(type(e).__name__, e)
