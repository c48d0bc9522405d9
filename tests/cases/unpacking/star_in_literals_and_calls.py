a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, 0), {*a, *b}, {**{"x": 1}, **{"y": 2}}, [*range(3), *"ab"], (*a,), [*[]])
def f(*args, **kw):
    return args, kw
print(f(*a, *b, 5, *range(2)), f(**{"a": 1}, b=2, **{"c": 3}))
print(*a, sep="-")
print(*[], "alone")
first, *_ = {10: "x", 20: "y"}
print(first)
try:
    {**[1]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    [*5]
except TypeError as e:
    print(type(e).__name__, e)
