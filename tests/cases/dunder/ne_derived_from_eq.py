class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        return isinstance(o, E) and self.v == o.v
print(E(1) == E(1), E(1) != E(1), E(1) != E(2), E(1) == 1, E(1) != 1)
class Only:
    def __ne__(self, o):
        return "custom ne"
print(Only() != 1, Only() == Only())
try:
    hash(E(1))
except TypeError as e:
    print(type(e).__name__, e)
print(E.__hash__, Only.__hash__ is object.__hash__)
