def f():
    return
    yield
print(type(f()).__name__, list(f()))
def g():
    yield 1
print(g.__code__.co_flags & 0x20 != 0, f.__name__)
