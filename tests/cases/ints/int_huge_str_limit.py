x = 10 ** 5000
try:
    s = str(x)
except ValueError as e:
    print(type(e).__name__, e)
print(len(hex(x)))
try:
    int("1" * 5000)
except ValueError as e:
    print(type(e).__name__, e)
print(int("1" * 4300) % 9)
