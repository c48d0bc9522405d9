def outer():
    a = 1
    def mid():
        def inner():
            nonlocal a
            a = 2
        inner()
    mid()
    return a
print(outer())
src = "def f():\n    nonlocal q\n"
try:
    exec(src)
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile("nonlocal x", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile("def f(a):\n    global a\n", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile("def f():\n    x = 1\n    global x\n", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
