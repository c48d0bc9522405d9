try:
    compile("x = (1,\n  2,\n  3 +)", "myfile.py", "exec")
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
    print(str(e))
    print(e.args[0], e.args[1][:3])
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno)
try:
    exec("def f():\n\treturn 1\n        return 2\n")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
e = SyntaxError("custom", ("f.py", 3, 4, "bad line\n", 3, 6))
print(e, e.msg, e.filename, e.lineno, e.offset, repr(e.text))
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
