print(hash(()) == hash(()), hash((1, (2, 3))) == hash((1, (2, 3))), hash((1, 2)) == hash((1.0, 2.0)), {(1, 2): "a"}[(1.0, 2)])
t = (1, 2)
print(t[:] is t, tuple(t) is t, t + () == t, (t,), ((1,),) * 2)
try:
    hash((1, {}))
except TypeError as e:
    print(type(e).__name__, e)
x, = (5,)
(y) = 6
print(x, y, type((1)).__name__, type((1,)).__name__, type(()).__name__)
