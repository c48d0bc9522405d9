for src in ("[x for x in 5]", "{x: y for x in [1]}", "[1 / x for x in [1, 0]]", "{[]: 1 for _ in [1]}", "{[] for _ in [1]}", "[x for x, y in [1, 2]]"):
    try:
        eval(src)
    except Exception as e:
        print(src, "->", type(e).__name__, e)
