a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, None is None, () == (), [] is not [], type(None)() is None)
x = 1000
y = x
print(x is y, x == 1000)
print(True is (1 == 1), NotImplemented is NotImplemented, ... is Ellipsis)
