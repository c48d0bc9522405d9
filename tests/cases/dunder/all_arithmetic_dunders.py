class N:
    def __init__(self, v): self.v = v
    def _op(name):
        def f(self, o=None):
            return f"{name}({self.v},{getattr(o, 'v', o)})"
        return f
    for _n in ("add sub mul truediv floordiv mod pow matmul lshift rshift and or xor divmod".split()):
        locals()[f"__{_n}__"] = _op(_n)
        locals()[f"__r{_n}__"] = _op("r" + _n)
    __neg__ = _op("neg"); __pos__ = _op("pos"); __invert__ = _op("invert"); __abs__ = _op("abs")
    del _n
a = N(1)
print(a + 2, a - 2, a * 2, a / 2, a // 2, a % 2, a ** 2, a @ 2, a << 2, a >> 2, a & 2, a | 2, a ^ 2, divmod(a, 2), pow(a, 2))
print(2 + a, 2 - a, 2 * a, 2 / a, 2 // a, 2 % a, 2 ** a, 2 @ a, 2 << a, 2 >> a, 2 & a, 2 | a, 2 ^ a, divmod(2, a))
print(-a, +a, ~a, abs(a))
