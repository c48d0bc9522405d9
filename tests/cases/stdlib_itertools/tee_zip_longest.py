from itertools import tee, zip_longest, count
a, b = tee([1, 2, 3])
print(type(a).__name__, next(a), list(b), list(a))
t = tee('abc', 3); print(len(t), [list(x) for x in t])
print(tee('a', 0), tee('a', 1)[0].__class__.__name__)
try: tee('a', -1)
except ValueError as e: print(e)
try: tee(1)
except TypeError as e: print(e)
x, y = tee(count()); [next(x) for _ in range(200)]; print(next(y), next(x))
c = type(x).__copy__(x); print(next(c), next(x))
c2 = x.__copy__(); print(next(c2))
# teeing a tee copies it
p, q = tee(iter(range(5))); r, s = tee(p); print(list(r), list(s), list(q))
it = iter([1, 2, 3]); u, v = tee(it); print(next(u), next(it), list(v))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest('ab', [1, 2, 3])))
print(list(zip_longest()), list(zip_longest([], [])), list(zip_longest('a', fillvalue=0)))
try: zip_longest(x=1)
except TypeError as e: print(e)
try: zip_longest(1)
except TypeError as e: print(e)
# zip_longest stops pulling exhausted iterators
class Noisy:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2: raise StopIteration
        return self.n
n = Noisy(); print(list(zip_longest(n, 'abcd')), n.n)
