def f():
    pass
def g():
    return
def h():
    return 1, 2
def k(flag):
    if flag:
        return "yes"
print(f(), g(), h(), k(True), k(False), type(h()).__name__)
def early(xs):
    for x in xs:
        if x < 0:
            return x
    return None
print(early([1, -2, -3]), early([]))
