class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == "":
            return f"${self.v}"
        return f"${self.v:{spec}}"
    def __str__(self):
        return "money"
    def __repr__(self):
        return "Money()"
m = Money(3.5)
print(format(m), format(m, ".2f"), f"{m}", f"{m:>8}", "{}".format(m), "{:.1f}".format(m), f"{m!s}", f"{m!r}", str(m))
class Bad:
    def __format__(self, spec):
        return 5
try:
    format(Bad())
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
try:
    format(Plain(), "x")
except TypeError as e:
    print(type(e).__name__, e)
print(format(Plain(), "") == str(Plain()) or True)
