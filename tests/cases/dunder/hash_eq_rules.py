class H:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __hash__(self): return hash(self.v)
print(len({H(1), H(1), H(2)}), H(1) in {H(1)}, {H(3): "x"}[H(3)])
class Child(H):
    def __eq__(self, o): return False
try:
    hash(Child(1))
except TypeError as e:
    print(type(e).__name__, e)
class KeepHash(H):
    def __eq__(self, o): return True
    __hash__ = H.__hash__
print(hash(KeepHash(5)) == hash(5))
class BadHash:
    def __hash__(self): return "nope"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self): return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100), hash(-1), hash(-2), hash(True), hash(None) == hash(None))
