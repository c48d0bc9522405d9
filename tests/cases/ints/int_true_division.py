print(7 / 2, -7 / 2, 6 / 3, 1 / 3, 2 ** 60 / 3)
print(10 ** 30 / 10 ** 10, (10 ** 400) / (10 ** 399))
try:
    (10 ** 400) / 1
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    10 ** 400 * 1.0
except OverflowError as e:
    print(type(e).__name__, e)
