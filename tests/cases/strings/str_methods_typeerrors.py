for call in (lambda: "abc".split(1), lambda: "abc".replace(1, "x"), lambda: "abc".join(["a", None]), lambda: "abc".zfill("3"), lambda: "abc".encode(1), lambda: "abc".upper(1), lambda: "abc".count(), lambda: str.upper(5), lambda: "abc".startswith()):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
