x = 1
def f():
    global x
    del x
f()
print("x" in globals())
class C:
    a = 1
    del a
print(hasattr(C, "a"))
lst = [1, 2, 3]
del lst[:]
print(lst)
try:
    del undefined_thing
except NameError as e:
    print(type(e).__name__, e)
d = {"a": 1}
del d["a"],
print(d)
