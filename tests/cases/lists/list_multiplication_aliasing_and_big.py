a = [[]] * 3
a[0].append(1)
print(a)
print([0] * 0, [1, 2] * -3, len([None] * 1000), [1] * True)
try:
    [0] * (2 ** 63)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__, e)
big = list(range(100000))
print(sum(big), big[-1], len(big[::7]), big[50000:50003])
big.reverse()
print(big[:3], sorted(big)[:3])
