class Loop:
    def __repr__(self):
        return "Loop(" + repr(self) + ")"
try:
    repr(Loop())
except RecursionError as e:
    print(type(e).__name__, e)
class Cmp:
    def __eq__(self, other):
        return self == other
try:
    Cmp() == Cmp()
except RecursionError as e:
    print(type(e).__name__, e)
