# List slice reads and assignments: steps, self-assignment, tuples, iterators, errors.
a = list(range(10))
print(a[2:8], a[::-1], a[8:2:-2], a[-3:], a[:100], a[5:2], a[::3])
b = a[:]
b[2:5] = (7, 7)
print(b)
b[:] = b
print(b)
b[1:3] = b
print(b)
c = list(range(6))
c[::2] = [0, 0, 0]
print(c)
try:
    c[::2] = [1]
except ValueError as e:
    print(e)
try:
    c[1:2] = 5
except TypeError as e:
    print(e)
c[1:2] = "xy"
print(c)
c[0:0] = iter([9, 9])
print(c)
try:
    print(c["a":])
except TypeError as e:
    print(e)
class L(list): pass
d = L([1, 2, 3]); d[0:1] = [5, 5]; print(d, d[1:])
