people = [("bob", 25), ("alice", 30), ("carol", 25)]
keyfuncs = {"name": lambda p: p[0], "age": lambda p: p[1], "both": lambda p: (-p[1], p[0])}
for k, fn in keyfuncs.items():
    print(k, sorted(people, key=fn))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), (lambda: (lambda: "nested")())())
