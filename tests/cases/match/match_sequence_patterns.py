def m(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"two {x},{y}"
        case [first, *rest] if len(rest) > 2:
            return f"long first={first} rest={rest}"
        case (a, b, *_):
            return f"3ish {a},{b}"
for v in ([], [1], (1, 2), [1, 2, 3], list(range(6)), "ab", range(2), {1, 2}, iter([1])):
    print(repr(v) if not hasattr(v, "__next__") else "iterator", "->", m(v))
