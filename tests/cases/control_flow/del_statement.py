x = 1
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
a = [1, 2, 3, 4]
del a[0], a[-1]
print(a)
d = {"k": 1, "j": 2}
del d["k"]
print(d)
class O:
    pass
o = O()
o.attr = 5
del o.attr
try:
    del o.attr
except AttributeError as e:
    print(type(e).__name__, e)
def f():
    y = 1
    del y
    return y
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
