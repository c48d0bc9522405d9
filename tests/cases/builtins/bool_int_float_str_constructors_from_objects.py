class Num:
    def __index__(self): return 3
    def __float__(self): return 2.5
print(int(Num()), float(Num()), bin(Num()), complex(Num()))
class NoConv:
    pass
for f in (int, float, complex, bin):
    try:
        f(NoConv())
    except TypeError as e:
        print(type(e).__name__, e)
class S:
    def __str__(self): return "S!"
    def __bytes__(self): return b"B!"
print(str(S()), bytes(S()), f"{S()}", "%s" % S())
