def f():
    x = 1
    exec("x = 2")
    return x
print(f())
def g():
    ns = {}
    exec("y = 10", globals(), ns)
    return ns["y"]
print(g())
def h():
    a = 5
    return eval("a + 1"), eval("[a for _ in range(2)]") if False else None
print(h())
def k():
    z = 3
    return eval("lambda: z")()
try:
    print(k())
except NameError as e:
    print(type(e).__name__, e)
