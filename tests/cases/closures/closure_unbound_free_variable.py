def outer():
    def inner():
        return val
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    val = 5
    return inner()
print(outer())
def outer2():
    def inner():
        nonlocal z
        z = 3
    z = 1
    inner()
    return z
print(outer2())
