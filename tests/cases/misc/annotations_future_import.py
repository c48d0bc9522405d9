from __future__ import annotations
def f(x: UndefinedType) -> AnotherUndefined:
    return x
print(f.__annotations__, f(5))
class C:
    attr: list[int] = []
print(C.__annotations__)
