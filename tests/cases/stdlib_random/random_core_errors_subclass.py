import _random

r = _random.Random(1)
cases = ["r.seed(1, 2)", "r.seed(n=1)", "r.random(1)", "r.getrandbits()", "r.getrandbits(-1)",
         "r.getrandbits(1.5)", "r.getrandbits(k=1)", "r.setstate(1)", "r.setstate((1, 2))",
         "r.setstate(tuple(range(624)) + (625,))", "r.setstate(tuple(range(624)) + (-1,))",
         "r.setstate(tuple(range(623)) + (-1, 5))", "r.setstate(tuple(range(623)) + ('a', 5))",
         "r.getstate(1)", "r.setstate()", "r.seed([])", "r.getrandbits(2**70)",
         "_random.Random(1, 2)", "_random.Random(x=1)"]
for c in cases:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)

r.setstate(tuple(range(623)) + (2**40 + 3, 5))
print(r.getstate()[623], r.getstate()[624])

class S(_random.Random):
    def __init__(self, a, b=2):
        print("init", a, b)
        super().__init__(a)
        self.extra = b

s = S(3, b=4)
print(s.random(), s.extra, isinstance(s, _random.Random))

class T(_random.Random):
    pass

try:
    T(x=1)
except TypeError as e:
    print(e)
print(T(5).random() == _random.Random(5).random())

class U(_random.Random):
    def seed(self, a=None):
        print("seed called", a)
        super().seed(a)
    def random(self):
        return super().random() * 2

u = U(9)
u.seed(9)
print(u.random() == 2 * _random.Random(9).random())
u.foo = 1
print(u.foo, u.getrandbits(16))
