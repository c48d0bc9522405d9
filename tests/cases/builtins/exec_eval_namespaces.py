g = {"x": 10}
l = {}
exec("y = x + 1\nz = y * 2", g, l)
print(l, "y" in g)
print(eval("x * 3", g), eval("a + b", {"a": 1}, {"b": 2}), eval("[i for i in range(3)]"), eval("  1 + 1  "))
ns = {}
exec("def f(n):\n    return n * 2", ns)
print(ns["f"](21), "__builtins__" in ns)
print(eval("len('abc')", {"__builtins__": {"len": len}}))
try:
    eval("print('x')", {"__builtins__": {}})
except NameError as e:
    print(type(e).__name__, e)
for f in (lambda: eval(5), lambda: exec("x = 1", 5), lambda: eval("x", {}, 5)):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
print(exec("1 + 1"), eval("None"))
