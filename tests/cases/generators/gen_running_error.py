def g():
    yield it.send(None)
it = g()
try:
    next(it)
except ValueError as e:
    print(type(e).__name__, e)
def h():
    x = yield
    yield x
k = h()
next(k)
print(k.send("sent"))
try:
    k.send("more")
except StopIteration:
    print("exhausted")
