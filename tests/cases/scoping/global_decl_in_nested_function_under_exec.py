# A `global` declaration in any nested function makes the top-level code use the globals for
# that name too (visible with exec's separate globals and locals); code objects with free
# variables are refused by eval/exec.
local_ns = {}
global_ns = {}
exec("""if 1:
    def f():
        y = 1
        def g():
            global y
            return y
        def h():
            return y + 1
        return g, h
    y = 9
    g, h = f()
    result9 = g()
    result2 = h()
    """, local_ns, global_ns)
print(global_ns["result2"], global_ns["result9"], "y" in local_ns, "y" in global_ns)


def f(x):
    return lambda: x + 1


g = f(3)
try:
    eval(g.__code__)
except TypeError as e:
    print("TypeError:", e)
try:
    exec(g.__code__, {})
except TypeError as e:
    print("TypeError:", e)
