def g():
    x = yield
    print("x =", x)
    y = yield x, 1
    print("y =", y)
    z = (yield) or "default"
    print("z =", z)
it = g()
print(next(it))
print(it.send("first"))
print(it.send("second"))
try:
    it.send(None)
except StopIteration:
    print("stop")
try:
    compile("[(yield x) for x in y]", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
