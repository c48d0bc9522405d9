def m(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case list([x, *_]):
            return f"list first {x}"
        case dict({"a": a}):
            return f"dict a={a}"
        case tuple((t,)):
            return f"1-tuple {t}"
        case frozenset() | set():
            return "set-like"
    return "other"
for v in (True, 3, [9, 8], {"a": 1}, (5,), {1}, frozenset(), "s"):
    print(m(v))
