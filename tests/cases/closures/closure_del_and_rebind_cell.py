def outer():
    x = 1
    def get():
        return x
    del x
    try:
        get()
    except NameError as e:
        print(type(e).__name__, e)
    x = 2
    return get()
print(outer())
def f():
    v = "a"
    g = lambda: v
    v = "b"
    return g()
print(f())
