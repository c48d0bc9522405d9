class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with CM():
        raise ValueError("body")
except RuntimeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
def f():
    class Quiet:
        def __enter__(self): return self
        def __exit__(self, *a):
            print("exit called")
            return False
    with Quiet():
        return "returned"
print(f())
def g():
    for i in range(3):
        with (CMx := type("X", (), {"__enter__": lambda s: s, "__exit__": lambda s, *a: print("exit", i)}))():
            if i == 1:
                break
    return i
print(g())
