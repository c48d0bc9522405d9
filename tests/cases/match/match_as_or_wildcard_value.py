class Color:
    RED = "red"
    GREEN = "green"
def m(v):
    match v:
        case Color.RED:
            return "value pattern red"
        case [1 | 2 as small, *_]:
            return f"starts small {small}"
        case (str() | bytes()) as text:
            return f"text {text!r}"
        case {"k": [_, (_, inner)]}:
            return f"nested {inner}"
        case _ as anything:
            return f"fallback {anything!r}"
for v in ("red", "green", [2, 9], "x", b"y", {"k": [0, (1, 2)]}, 3.5):
    print(m(v))
