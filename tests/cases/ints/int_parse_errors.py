cases = [("12a",), ("",), ("  ",), ("1__0",), ("_1",), ("0x",), ("08", 0), ("12", 1), ("12", 37), ("9", 8), ("1.5",), ("0b102", 0)]
for c in cases:
    try:
        int(*c)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in (None, [1], 1j):
    try:
        int(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    int(12, 10)
except TypeError as e:
    print(type(e).__name__, e)
for f in (float("inf"), float("nan")):
    try:
        int(f)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
