e = enumerate(["a", "b"], 10)
print(next(e), list(e), type(e).__name__)
r = reversed(range(3))
print(type(r).__name__, list(r), list(r))
m = map(str.upper, "ab")
f = filter(str.isdigit, "a1b2")
print(list(m), list(f), list(m), type(f).__name__)
class Rev:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Rev())))
class RevNone:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
try:
    reversed(RevNone())
except TypeError as e:
    print(type(e).__name__, e)
