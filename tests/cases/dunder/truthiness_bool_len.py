class B:
    def __init__(self, b): self.b = b
    def __bool__(self): return self.b
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class Both:
    def __bool__(self): return True
    def __len__(self): return 0
class Neither: pass
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), bool(Both()), bool(Neither()), not L(0), "yes" if L(2) else "no")
for bad in (B(1), B("x"), L(-1), L("x")):
    try:
        bool(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class BigLen:
    def __len__(self): return 2 ** 70
try:
    len(BigLen())
except OverflowError as e:
    print(type(e).__name__, e)
