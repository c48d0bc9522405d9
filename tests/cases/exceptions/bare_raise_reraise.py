def f():
    try:
        raise ValueError("orig")
    except ValueError:
        try:
            raise KeyError("other")
        except KeyError:
            pass
        raise
try:
    f()
except Exception as e:
    print(type(e).__name__, e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def g():
    try:
        raise IndexError("x")
    except IndexError as e:
        ex = e
    raise ex
try:
    g()
except IndexError as e:
    print("re-raised object", e)
