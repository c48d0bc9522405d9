def m(v):
    match v:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", **rest}:
            return f"circle rest={rest}"
        case {}:
            return "some mapping"
        case _:
            return "not mapping"
for v in ({"type": "point", "x": 1, "y": 2, "extra": 0}, {"type": "circle", "r": 5}, {"type": "other"}, {}, [("type", "point")], "x"):
    print(v, "->", m(v))
class DD(dict):
    def __missing__(self, k):
        return "missing!"
match DD(a=1):
    case {"b": v}:
        print("matched b", v)
    case {"a": v}:
        print("matched a", v)
