code = compile("1 + 2", "<expr>", "eval")
print(eval(code), code.co_filename, type(code).__name__)
ns = {}
exec(compile("a = 5\nb = a * 2", "<exec>", "exec"), ns)
print(ns["a"], ns["b"])
single = compile("x = 3", "<single>", "single")
exec(single, ns)
print(ns["x"])
for args in (("x = 1", "<s>", "eval"), ("1", "<s>", "bogus"), (5, "<s>", "exec")):
    try:
        compile(*args)
    except (SyntaxError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    eval("import os")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
