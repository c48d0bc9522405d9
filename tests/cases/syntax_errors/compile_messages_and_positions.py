srcs = [
    "x = = 1",
    "f(",
    "def f(:\n    pass",
    "a b",
    "print 'hi'",
    "x = 1 +",
    "lambda x: yield",
    "for x in range(3):\npass",
    "f(x for x in y, 1)",
    "del f()",
    "a + 1 = 2",
    "(x for x in y) = 1",
    "f() = 1",
    "None = 1",
    "x += 1 = 2",
    "def f(a, a): pass",
    "def f(a=1, b): pass",
    "f(a=1, 2)",
    "f(**k, *a)",
    "import",
    "x = 0777",
    "x = 1_",
    "'abc' 'def",
    "yield = 3",
    "class C:\nreturn",
    "if x:\n    pass\n  else:\n    pass",
    "continue",
    "try:\n    pass",
    "a, *b, *c = x",
    "def f(*): pass",
    "f'{'",
    "f'{}'",
    "x = [1, 2",
    "True = 1",
    "__debug__ = 1",
    "async = 1",
]
for s in srcs:
    try:
        compile(s, "<case>", "exec")
        print(repr(s), "compiled")
    except SyntaxError as e:
        print(repr(s), "->", type(e).__name__, "|", e.msg, "|", e.lineno, e.offset)
