pairs = [("1 + None", "+"), ("[] - []", "-"), ("{} * 2", "*"), ("'a' / 2", "/"), ("None < None", "<"), ("[] >= ()", ">="), ("-'a'", "neg"), ("~1.5", "inv"), ("abs('x')", "abs"), ("1 @ 2", "@"), ("object() ** 2", "**"), ("{1} + {2}", "+"), ("+[]", "pos")]
for expr, _ in pairs:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)
