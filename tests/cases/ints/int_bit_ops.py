print(5 & 3, 5 | 3, 5 ^ 3, ~5, ~-1, ~0)
print(1 << 10, 1 << 100, (1 << 100) >> 98, -1 >> 5, -16 >> 2, -17 >> 2)
print(-5 & 0xFF, -5 | 2, -5 ^ -3)
print((2 ** 70) & (2 ** 70 - 1), (2 ** 70) | 1)
print(True & False, True | False, True ^ True, type(True & True).__name__)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1.0 << 2
except TypeError as e:
    print(type(e).__name__, e)
