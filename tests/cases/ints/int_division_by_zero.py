for op in ("a // b", "a % b", "a / b", "divmod(a, b)"):
    a, b = 5, 0
    try:
        eval(op)
    except ZeroDivisionError as e:
        print(op, "->", type(e).__name__, e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print("pow ->", e)
try:
    0 ** -2
except ZeroDivisionError as e:
    print("** ->", e)
