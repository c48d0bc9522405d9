print({1, 1.0, True}, {0, False, 0.0, -0.0}, len({1, 1.0, True}), {1.0, 1} == {1})
class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    __hash__ = None
try:
    {E(1)}
except TypeError as e:
    print(type(e).__name__, e)
class H:
    def __hash__(self): return 1
    def __eq__(self, o): return True
print(len({H(), H(), H()}))
print({(1, 2), (1, 2)}, len({"a", "a", "b"}))
