print(1 == 1.0, 1 < 1.5, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53))
print(10 ** 400 > float("inf"), -(10 ** 400) < float("-inf"), 10 ** 400 > 1e308)
print(True == 1, False == 0, True + True, 3 < 4 < 5, 3 < 4 > 5)
print(1 == 1 + 0j, (1 < 2) is True)
try:
    1 < "2"
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 < 1j
except TypeError as e:
    print(type(e).__name__, e)
