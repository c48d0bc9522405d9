a = [1]
b = a
a += [2]
a += (3,)
a += "xy"
print(a, b is a)
a *= 2
print(b)
c = a + [0]
print(c is a, a.__iadd__([9]) is a, len(a))
try:
    a + "x"
except TypeError as e:
    print(type(e).__name__, e)
a[:] = range(3)
a *= 0
print(a, b)
