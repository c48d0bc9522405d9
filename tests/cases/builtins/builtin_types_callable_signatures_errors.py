for f in (lambda: int(1, 2, 3), lambda: str(1, 2, 3, 4), lambda: list(1, 2), lambda: tuple(1, 2), lambda: set(1, 2), lambda: dict(1, 2, 3), lambda: range(1, 2, 3, 4), lambda: bytes(1, 2, 3, 4), lambda: slice(), lambda: enumerate(), lambda: zip(a=1), lambda: object(x=1), lambda: frozenset(1, 2)):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
