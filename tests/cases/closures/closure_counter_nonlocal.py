def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc(5)
print(get(), inc(), make_counter()[1]())
print(inc.__code__.co_freevars, make_counter.__code__.co_cellvars, type(inc.__closure__[0]).__name__, inc.__closure__[0].cell_contents)
