expr = compile("a * 2", "<e>", "eval")
print(eval(expr, {"a": 21}), eval(expr, {"a": "ab"}))
code = compile("for i in range(3):\n    total = total + i\n", "<c>", "exec")
ns = {"total": 0}
exec(code, ns)
exec(code, ns)
print(ns["total"])
print(eval("(lambda x: x ** 2)(7)"), eval("__name__"), eval("dir()", {"q": 1})[-1], eval(b"1 + 2"))
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print(type(e).__name__, e)
try:
    eval("1/0")
except ZeroDivisionError as e:
    print(type(e).__name__, e)
