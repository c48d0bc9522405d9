class F(float):
    pass
f = F(2.5)
print(f, type(f + 1).__name__, type(-f).__name__, F("1e3"))
print(float.__add__(1.5, 2), (1.5).__radd__(1), (1.5).__add__("x"))
print((2.0).__mul__(3), (7.0).__rtruediv__(14))
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0, 0.1 * 10)
