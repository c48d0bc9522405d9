# pickle (pure-Python pickler) and copy: round trips of builtins and user classes
import pickle, copy
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a, self.b = 1, [2]
data = {"ints": [1, 2**70, -3], "floats": (1.5, float("inf")), "s": "héllo", "b": b"\x00\xff", "set": {1, 2}, "none": None, "p": Point(1, 2), "nested": [[1], {"k": (True, False)}]}
for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
    back = pickle.loads(pickle.dumps(data, protocol=proto))
    print(proto, back == data)
shared = [1, 2]
obj = [shared, shared]
back = pickle.loads(pickle.dumps(obj))
print(back[0] is back[1])
s = pickle.loads(pickle.dumps(Slotted()))
print(s.a, s.b)
c = copy.deepcopy(data)
print(c == data, c["nested"] is data["nested"], copy.copy(data)["nested"] is data["nested"])
p = copy.copy(Point(3, 4))
print(p, copy.deepcopy(Slotted()).b)
try:
    pickle.dumps(lambda: 1)
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__)
try:
    pickle.loads(b"garbage")
except (pickle.UnpicklingError, ValueError) as e:
    # the C unpickler says UnpicklingError, the pure-Python one ValueError
    print("unpickling failed")
