from _functools import partial
def f(*args, **kw):
    return args, kw
p = partial(f, 1, 2, a=3)
print(p(4, b=5), p(a=9), p.func is f, p.args, p.keywords, type(p).__name__, type(p))
print(repr(p).replace(hex(id(f)), 'ID'))
q = partial(p, 5, c=6)
print(q.func is f, q.args, q.keywords, q())
p.attr = 1
r = partial(p, 7)
print(r.func is p, r.args, p.__dict__)
class P(partial):
    pass
s = P(f, 1)
print(type(s).__name__, s(2), repr(s).replace(hex(id(f)), 'ID'), isinstance(s, partial))
t = partial(s, 3); print(t.func is f, t.args)
print(partial(max)([3, 1]), partial(int, base=2)('101'), partial(len)('abc'))
try: partial()
except TypeError as e: print(e)
try: partial(1)
except TypeError as e: print(e)
try: p.func = len
except AttributeError as e: print(e)
red = p.__reduce__(); print(red[0] is partial, red[1][0] is f, red[2][1:])
n = partial(print); n.__setstate__((f, (1,), {'k': 2}, None)); print(n(), n.args, n.keywords)
n.__setstate__((f, (), None, {'x': 1})); print(n.keywords, n.__dict__)
for bad in [1, (f,), (1, (), None, None), (f, 1, None, None), (f, (), 1, None)]:
    try: n.__setstate__(bad)
    except TypeError as e: print(e)
rec = partial(f); rec.__setstate__((f, (rec,), {}, None)); print(repr(rec).replace(hex(id(f)), 'ID'))
print(partial[int])
class A:
    m = partial(f, 'bound?')
print(A().m())
