a = [1, 2, 3, 2]
print(a.index(2, 2), a.index(3, -2), a.count(2), a.index(2, -1))
try:
    a.index(1, 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a.index(2, 0, 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a.pop("0")
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.sort(key=len)
except TypeError as e:
    print(type(e).__name__, e)
a.sort(reverse=True)
print(a, a.pop(-2), a)
try:
    [].remove(1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    list([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
