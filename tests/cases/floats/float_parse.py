print(float("1.5"), float("  -2.5e3 "), float("1_000.5"), float(".5"), float("5."), float("1e-3"), float(3), float(True))
print(float("+1E+2"), float("١.٥"))
for s in ("abc", "", "1.5.5", "1__0.0", "0x10", "1e", "in f"):
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in (None, [1.0], 1j):
    try:
        float(bad)
    except TypeError as e:
        print(type(e).__name__, e)
