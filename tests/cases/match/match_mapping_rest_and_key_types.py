def m(v):
    match v:
        case {1: "one", **rest} if rest:
            return f"int key with rest {rest}"
        case {1: "one"}:
            return "exact int key"
        case {"a": {"b": inner}}:
            return f"nested {inner}"
        case {True: x}:
            return f"true key {x}"
    return "no match"
for v in ({1: "one", 2: "two"}, {1: "one"}, {"a": {"b": 3}}, {1: "uno"}, {True: "t"}, {}):
    print(v, "->", m(v))
try:
    exec("match {}:\n    case {'k': 1, 'k': 2}:\n        pass\n")
except (SyntaxError, ValueError) as e:
    print(type(e).__name__, e)
