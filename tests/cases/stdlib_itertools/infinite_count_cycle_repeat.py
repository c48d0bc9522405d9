import itertools
from itertools import count, cycle, repeat, islice
c = count()
print(type(c).__name__, type(c), iter(c) is c, c)
print([next(c) for _ in range(3)], c)
print(list(islice(count(10, 2), 4)), list(islice(count(1.5, 0.5), 3)))
print(count(5), count(5, 2), count(1.5), count(0, 1.0), count(2, -1), count(start=3, step=4))
c2 = count(1j, 1); next(c2); print(c2)
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + o.v)
    def __float__(self): return float(self.v)
    def __repr__(self): return f'Num({self.v})'
print(list(islice(count(Num(1), Num(10)), 3)), count(Num(2), Num(3)))
for bad in ("count('a')", "count(1, 'b')", "count(1, 2, 3)", "count(x=1)"):
    try: eval(bad)
    except TypeError as e: print(bad, '->', e)
cy = cycle('ab'); print([next(cy) for _ in range(5)], type(cy).__name__)
print(list(cycle([])))
try: cycle()
except TypeError as e: print(e)
try: cycle(1)
except TypeError as e: print(e)
r = repeat('x', 3); print(r, r.__length_hint__(), list(r), r, r.__length_hint__())
print(repeat(1), repeat(None, -5), list(repeat(7, times=2)), list(map(pow, range(4), repeat(2))))
try: repeat(1).__length_hint__()
except TypeError as e: print(e)
try: repeat(1, 'a')
except TypeError as e: print(e)
try: repeat()
except TypeError as e: print(e)
class C(count):
    pass
print(C(3), list(islice(C(3), 2)), isinstance(C(), count))
print(itertools.__name__, sorted(n for n in dir(itertools) if not n.startswith('_')))
