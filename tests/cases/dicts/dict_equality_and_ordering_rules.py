a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, list(a) == list(b), a.items() == b.items(), a.keys() == b.keys(), a.values() == b.values())
print({1: [1]} == {1: [1]}, {1: 1} != {1: 1.0}, {} == dict(), dict(a, z=0) == {**a, "z": 0})
for op in ("<", ">", "<=", ">="):
    try:
        eval(f"a {op} b")
    except TypeError as e:
        print(type(e).__name__, e)
