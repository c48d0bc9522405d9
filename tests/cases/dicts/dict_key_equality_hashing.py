class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        print("eq called")
        return isinstance(other, Key) and self.v == other.v
d = {Key(1): "one"}
print(d[Key(1)])
print(Key(2) in d)
d2 = {1: "int"}
d2[1.0] = "float"
d2[True] = "bool"
print(d2, {0: "a", -0.0: "b", False: "c"})
nan = float("nan")
d3 = {nan: 1}
print(nan in d3, float("nan") in d3, len({float("nan"): 1, float("nan"): 2}))
