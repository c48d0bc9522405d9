from _operator import itemgetter, attrgetter, methodcaller
g = itemgetter(1); print(g([1, 2, 3]), g('ab'), itemgetter(0, 2)('abc'), itemgetter('k')({'k': 5}), itemgetter(slice(1, None))([1, 2, 3]))
print(repr(itemgetter(1, 'a')), itemgetter(1).__reduce__(), type(g).__name__, type(g))
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=itemgetter(1)))
for t in ['itemgetter()', 'itemgetter(1, x=2)', 'g(1, 2)', 'g()', 'g(x=1)', 'itemgetter(5)([1])', 'itemgetter("a")({})']:
    try: print(t, '->', eval(t))
    except Exception as e: print(t, '->', type(e).__name__, e)
class N:
    def __init__(self, **kw): self.__dict__.update(kw)
obj = N(a=1, b=N(c=2, d=N(e=3)))
print(attrgetter('a')(obj), attrgetter('b.c')(obj), attrgetter('a', 'b.d.e')(obj), repr(attrgetter('a.b', 'c')), attrgetter('b.c').__reduce__())
for t in ['attrgetter(1)', 'attrgetter()', 'attrgetter("a")(1)', 'attrgetter("b.zz")(obj)', 'attrgetter("a", x=1)']:
    try: print(t, '->', eval(t))
    except Exception as e: print(t, '->', type(e).__name__, e)
m = methodcaller('upper'); print(m('abc'), methodcaller('split', ',', maxsplit=1)('a,b,c'), methodcaller('count', 'a')('banana'))
print(repr(methodcaller('f', 1, k=2)), repr(methodcaller('g')), methodcaller('f', 1).__reduce__())
r = methodcaller('f', 1, k=2).__reduce__(); print(type(r[0]).__name__, r[0].args, r[0].keywords, r[1])
for t in ['methodcaller()', 'methodcaller(1)', 'methodcaller("zz")(1)', 'm(1, 2)']:
    try: print(t, '->', eval(t))
    except Exception as e: print(t, '->', type(e).__name__, e)
try:
    class X(itemgetter): pass
except TypeError as e: print(e)
