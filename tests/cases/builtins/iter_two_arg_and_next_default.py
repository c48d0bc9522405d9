it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
vals = [5, 4, 3, 0, 9]
pos = iter(vals)
print(list(iter(lambda: next(pos), 0)))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
for f in (lambda: next([1]), lambda: iter(5), lambda: iter(5, 1), lambda: next(), lambda: iter()):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
class OldSeq:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * 3
print(list(iter(OldSeq())), list(OldSeq()))
