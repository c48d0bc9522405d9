fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [(lambda i: lambda: i)(i) for i in range(3)]
print([f() for f in fs])
def make():
    y = 5
    return [lambda: y + k for k in range(2)]
print([f() for f in make()])
print(list(map(lambda x: x * 2, [1, 2])), [[lambda: j for j in range(2)][1]() for _ in range(1)])
