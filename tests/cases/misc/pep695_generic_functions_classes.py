def first[T](xs: list[T]) -> T:
    return xs[0]
print(first([3, 4]), first.__type_params__, first.__annotations__)
class Box[T]:
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
b = Box[int](5)
print(b.get(), Box.__type_params__, Box.__mro__[1].__name__ if len(Box.__mro__) > 2 else Box.__mro__)
class Pair[K, V: (int, str), *Ts, **P]:
    pass
for tp in Pair.__type_params__:
    print(type(tp).__name__, tp.__name__)
print(Pair.__type_params__[1].__constraints__)
def bounded[N: int](x: N) -> N:
    return x
print(bounded.__type_params__[0].__bound__)
