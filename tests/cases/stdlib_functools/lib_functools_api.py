import functools
from functools import partial, reduce, lru_cache, cmp_to_key, wraps, total_ordering, singledispatch, cached_property, partialmethod, cache
print(reduce(lambda a, b: a * b, range(1, 6)), sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
p = partial(int, base=16); print(p('ff'), repr(p), functools.partial is partial)
@lru_cache(maxsize=2)
def sq(x):
    return x * x
print(sq(2), sq(2), sq(3), sq(4), sq(2), sq.cache_info(), sq.cache_parameters(), sq.__name__, sq.__wrapped__.__name__)
sq.cache_clear(); print(sq.cache_info())
@lru_cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@cache
def ident(x): return x
print(ident(1), ident.cache_info())
class A:
    @lru_cache(maxsize=None)
    def m(self, x): return x * 2
print(A().m(4), A.m.cache_info().misses)
def deco(f):
    @wraps(f)
    def inner(*a, **k):
        """inner doc"""
        return f(*a, **k)
    return inner
@deco
def hello(name):
    """Say hello."""
    return 'hi ' + name
print(hello('x'), hello.__name__, hello.__doc__, hello.__wrapped__.__name__)
@total_ordering
class Ver:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(Ver(1) < Ver(2), Ver(1) >= Ver(2), Ver(3) > Ver(2), Ver(2) <= Ver(2))
@singledispatch
def show(x): return 'obj'
@show.register
def _(x: int): return 'int'
@show.register(list)
def _(x): return 'list'
print(show(1), show([1]), show('s'), show(True))
class C:
    def __init__(self): self.n = 0
    @cached_property
    def val(self):
        self.n += 1
        return 42
c = C(); print(c.val, c.val, c.n)
class Cell:
    def set(self, v, tag): self.v = (v, tag)
    set_a = partialmethod(set, tag='a')
x = Cell(); x.set_a(1); print(x.v)
