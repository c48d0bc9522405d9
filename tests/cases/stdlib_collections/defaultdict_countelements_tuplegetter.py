from _collections import deque, defaultdict, _count_elements, _tuplegetter
dd = defaultdict(list)
dd['a'].append(1); print(dd, dd.default_factory)
print(defaultdict(None, {1:2}), defaultdict(), defaultdict(int, a=1))
try: dd2 = defaultdict(); dd2[1]
except KeyError as e: print(repr(e))
try: defaultdict(1)
except TypeError as e: print(e)
print(dd.copy(), type(dd.copy()).__name__, dd | {'b': 2}, {'z':0} | dd)
print(dd.__reduce__()[:4])
print(isinstance(dd, dict), type(dd).__mro__)
class DD(defaultdict): pass
x = DD(int); x[3] += 1; print(x)
c = {}; _count_elements(c, 'abracadabra'); print(c)
class T(tuple):
    x = _tuplegetter(0, 'doc x')
    y = _tuplegetter(1, None)
t = T((1,2)); print(t.x, t.y, T.x.__doc__)
try: t.x = 5
except AttributeError as e: print(e)
try: T.y.__get__(5)
except TypeError as e: print(e)

print(repr(T.x), repr(T.y), T.x.__reduce__())
