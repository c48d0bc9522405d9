calls = []
def mid(v):
    calls.append(v)
    return v
print(1 < mid(2) < 3, calls)
print(1 < mid(0) < mid(5), calls)
print(3 > mid(2) > 1 > 0, calls)
print(1 == 1.0 == True, 1 < 2 > 1 != 0, "a" < "b" < "c" in "abc", 1 in [1] in [[1]])
x = 5
print(0 < x <= 5, 0 < x < 5, not 0 < x, (0 < x) < 5)
