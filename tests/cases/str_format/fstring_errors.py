for src in ['f"{}"', 'f"{!r}"', 'f"{x!z}"', 'f"{x:{y:{z}}}"', 'f"}"', 'f"{a b}"', 'f"{lambda x: x}"']:
    try:
        compile(src, "<f>", "eval")
        print(src, "compiled")
    except SyntaxError as e:
        print(src, "->", e.msg)
try:
    f"{1:d}" + f"{'s':d}"
except ValueError as e:
    print(type(e).__name__, e)
