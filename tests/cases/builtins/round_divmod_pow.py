print(round(2.5), round(-0.5), round(1.25, 1), round(1234.5678, -2), round(7, -1), round(0.1 + 0.2, 10), round(5.5), round(6.5))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, 2), divmod(True, 2))
print(pow(2, 8), pow(2, -1), pow(2, 8, 5), pow(-2, 3, 5), pow(5, -1, 3), pow(2.5, 2), pow(4, 0.5), pow(base=2, exp=3), pow(2, 3, mod=3))
for f in (lambda: round("1"), lambda: round(1.5, "1"), lambda: divmod(1, "2"), lambda: divmod(1, 0), lambda: pow(1, 2, 3.0), lambda: pow("a", 2)):
    try:
        f()
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3))
