def make():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    i = 100
    return fs
print([f() for f in make()])
def make2():
    return [(lambda j: lambda: j)(i) for i in range(3)]
print([f() for f in make2()])
def outer():
    x = "first"
    def show():
        return x
    x = "second"
    return show
print(outer()())
