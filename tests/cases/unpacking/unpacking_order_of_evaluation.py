def val(x):
    print("value", x)
    return x
class T:
    def __setattr__(self, n, v):
        print("set", n, v)
        object.__setattr__(self, n, v)
t = T()
t.a, t.b = val(1), val(2)
d = {}
i = 0
i, d[i] = 1, 2
print(d)
lst = [0, 0, 0]
idx = 0
idx, lst[idx] = 2, "x"
print(lst)
x = [1, 2]
x[0], x[1] = x[1], x[0]
print(x)
