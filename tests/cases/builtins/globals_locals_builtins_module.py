x = 1
print(sorted(k for k in globals() if not k.startswith("__")), globals()["x"], locals() is globals())
print(type(__builtins__).__name__ in ("module", "dict"), __name__, __doc__, __spec__ is None if "__spec__" in globals() else "no spec")
def f():
    return __name__
print(f(), len.__module__, len.__name__, len.__qualname__, print.__self__.__name__ if hasattr(print, "__self__") else None)
