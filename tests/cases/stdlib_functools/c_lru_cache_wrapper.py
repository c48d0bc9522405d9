from _functools import _lru_cache_wrapper
class CacheInfo(tuple):
    def __new__(cls, *a): return tuple.__new__(cls, a)
    def __repr__(self): return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % self
calls = []
def sq(x, y=0):
    calls.append((x, y))
    return x * x + y
w = _lru_cache_wrapper(sq, 2, False, CacheInfo)
print(w(2), w(2), w(3), w(2), w(4), w(3), w(2))
print(w.cache_info(), calls)
w.cache_clear(); print(w.cache_info())
print(w(1, y=1), w(1, y=1), w(y=1, x=1), w.cache_info())
u = _lru_cache_wrapper(sq, None, False, CacheInfo)
for i in [1, 2, 1, 1.0, 2]: u(i)
print(u.cache_info())
t = _lru_cache_wrapper(sq, None, True, CacheInfo)
for i in [1, 1.0, 1, True]: t(i)
print(t.cache_info())
z = _lru_cache_wrapper(sq, 0, False, CacheInfo)
z(1); z(1); print(z.cache_info())
n = _lru_cache_wrapper(sq, -5, False, CacheInfo); n(1); n(1); print(n.cache_info())
try: _lru_cache_wrapper(sq, 'a', False, CacheInfo)
except TypeError as e: print(e)
try: _lru_cache_wrapper(1, 1, False, CacheInfo)
except TypeError as e: print(e)
w.extra = 5; print(w.extra, type(w).__name__, w.__copy__() is w)
class C:
    def __init__(self, k): self.k = k
    m = _lru_cache_wrapper(lambda self, x: (self.k, x), 10, False, CacheInfo)
c = C(7); print(c.m(1), c.m(1), C.m.cache_info(), C.m is C.__dict__['m'])
fib = None
def _fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
fib = _lru_cache_wrapper(_fib, 3, False, CacheInfo)
print(fib(60), fib.cache_info())
def unhashable(x): return x
h = _lru_cache_wrapper(unhashable, 5, False, CacheInfo)
try: h([1])
except TypeError as e: print(e)
