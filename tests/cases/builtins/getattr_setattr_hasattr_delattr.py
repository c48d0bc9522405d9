class C:
    x = 1
c = C()
setattr(c, "y", 2)
print(getattr(c, "x"), getattr(c, "y"), getattr(c, "z", "dflt"), hasattr(c, "x"), hasattr(c, "z"))
delattr(c, "y")
print(hasattr(c, "y"), getattr(C, "x"), getattr(1, "real"), getattr("s", "upper")())
setattr(c, "with space", 5)
print(getattr(c, "with space"), vars(c))
for f in (lambda: getattr(c, "nope"), lambda: getattr(c, 1), lambda: delattr(c, "nope"), lambda: setattr(1, "a", 2), lambda: getattr(), lambda: hasattr(c, None)):
    try:
        f()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
class Raiser:
    @property
    def p(self):
        raise ValueError("not attr error")
try:
    hasattr(Raiser(), "p")
except ValueError as e:
    print("hasattr propagates", e)
