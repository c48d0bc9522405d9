print(complex(1, 2), complex("3"), complex(real=1, imag=-1), complex(1j, 1j), bool(), bool([0]), float(), float("  1e5 "), int("  0b11  ", 0))
for f in (lambda: complex("1", 2), lambda: complex({}), lambda: bool(1, 2), lambda: float("1", "2")):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
