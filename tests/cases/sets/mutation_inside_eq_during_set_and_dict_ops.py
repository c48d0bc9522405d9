# Keys whose __eq__ mutates the set or dict being searched: the operation finishes or raises,
# never crashes; slot wrappers called with the wrong number of arguments raise TypeError.
class Evil:
    def __init__(self, h, victim):
        self.h = h
        self.victim = victim

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        if self.victim is not None:
            self.victim.clear()
        return False


s = set()
s.update(Evil(1, s) for _ in range(3))
probe = Evil(1, s)
print(probe in s, len(s) <= 3)
a = {Evil(7, None) for _ in range(5)}
for x in a:
    x.victim = a
try:
    b = a | {Evil(7, a)}
    print("union done", len(b) >= 1)
except RuntimeError as e:
    print("RuntimeError")
d = {}
for i in range(4):
    d[Evil(3, d)] = i
print(Evil(3, d) in d, len(d) <= 4)
print(d.get(Evil(3, d), "missing"))

for call in (lambda: ().__contains__(), lambda: [].__len__(1), lambda: {}.__setitem__(1),
             lambda: (1).__add__(), lambda: "a".__getitem__()):
    try:
        call()
    except TypeError as e:
        print("TypeError")
