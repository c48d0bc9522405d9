def m(v):
    match v:
        case 0 | 1:
            return "small"
        case "x" | "y":
            return "letter"
        case True:
            return "true?"
        case None:
            return "none"
        case -1:
            return "neg one"
        case 2.5:
            return "float"
        case 1j:
            return "imag"
        case _:
            return "other"
for v in (0, 1, True, False, "x", None, -1, 2.5, 1j, 7, 1.0):
    print(repr(v), m(v))
