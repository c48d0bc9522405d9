type Point = tuple[float, float]
type ListOrSet[T] = list[T] | set[T]
print(Point, type(Point).__name__, Point.__name__, Point.__value__)
print(ListOrSet, ListOrSet.__type_params__, ListOrSet[int])
type Recursive = list[Recursive] | int
print(Recursive.__value__)
type Lazy = UndefinedName
try:
    Lazy.__value__
except NameError as e:
    print(type(e).__name__, e)
print(Lazy.__name__)
