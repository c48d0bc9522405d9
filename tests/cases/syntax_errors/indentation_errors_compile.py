for src in ("def f():\nreturn 1", "if 1:\n    a\n   b", "  x = 1", "for i in x:\n\tpass\n        pass"):
    try:
        compile(src, "<i>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
