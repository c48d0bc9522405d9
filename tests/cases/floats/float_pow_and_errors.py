print(2.0 ** 0.5, 4 ** 0.5, 2 ** -1.0, (-8.0) ** 2, 0.0 ** 0.0, float("inf") ** 0)
print((-8) ** (1 / 3))
print(type((-8.0) ** 0.5).__name__)
try:
    10.0 ** 400
except OverflowError as e:
    print(type(e).__name__, e)
try:
    1e308 * 10 > 0 and print("inf ok", 1e308 * 10)
except OverflowError as e:
    print(type(e).__name__, e)
print(pow(2.0, 3), pow(2, 0.5))
