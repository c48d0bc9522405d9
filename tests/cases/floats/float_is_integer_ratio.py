for x in (1.0, 1.5, -2.0, 0.1, 1e300, -0.0):
    print(x, x.is_integer(), x.as_integer_ratio())
print((0.5).conjugate(), (2.5).real, (2.5).imag)
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print(type(e).__name__, e)
