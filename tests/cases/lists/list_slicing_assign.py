a = list(range(10))
print(a[2:8:2], a[::-3], a[-2:], a[100:], a[-100:2])
a[2:5] = ["x"]
print(a)
a[1:1] = [7, 7, 7]
print(a)
a[::2] = "ABCDEFGH"[:len(a[::2])]
print(a)
del a[::3]
print(a)
del a[1]
a[-1:] = []
print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a[0:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
b = [1, 2, 3]
b[5:] = [9]
print(b)
