def f(a: int, b: "str" = "x", *args: float, c: list[int] = None, **kw: dict) -> bool:
    return True
print(f.__annotations__)
def g(x): pass
print(g.__annotations__, g.__doc__)
def h():
    "docstring here"
print(h.__doc__, h.__module__, type(h).__name__)
x: int = 5
y: str
print(__annotations__ if "__annotations__" in dir() else "none", x)
class C:
    a: int
    b: str = "s"
print(C.__annotations__, C.b, hasattr(C, "a"))
