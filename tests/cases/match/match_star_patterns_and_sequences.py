def m(v):
    match v:
        case [*head, 0]:
            return f"ends with 0, head={head}"
        case [1, *mid, 9]:
            return f"1..9 mid={mid}"
        case [*_]:
            return "some sequence"
        case _:
            return "not a sequence"
for v in ([0], [5, 6, 0], [1, 9], [1, 2, 3, 9], [], (1,), "str", b"by", bytearray(b"x"), 42):
    print(repr(v), "->", m(v))
