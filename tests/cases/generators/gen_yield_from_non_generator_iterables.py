def g():
    r = yield from [1, 2]
    print("list delegate returns", r)
    r = yield from iter("ab")
    print("iter returns", r)
    yield from {3: None}
print(list(g()))
def bad():
    yield from 5
try:
    list(bad())
except TypeError as e:
    print(type(e).__name__, e)
def sender():
    yield from [1, 2]
s = sender()
next(s)
try:
    s.send("x")
except AttributeError as e:
    print(type(e).__name__, e)
