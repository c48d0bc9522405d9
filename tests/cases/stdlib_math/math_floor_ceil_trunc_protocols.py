import math

class F:
    def __floor__(self): return "floor!"
    def __ceil__(self): return "ceil!"
    def __trunc__(self): return "trunc!"

class Fl:
    def __float__(self): return 2.5

class Ix:
    def __index__(self): return 7

class MyFloat(float):
    pass

class MyInt(int):
    pass

for f in (math.floor, math.ceil, math.trunc):
    print(f(2.5), f(-2.5), f(7), f(True), f(F()), f(MyFloat(3.5)), f(MyInt(4)), type(f(MyInt(4))).__name__)
    print(f(1e20), f(-1e300) == int(-1e300), f(10**50))
print(math.floor(Fl()), math.ceil(Fl()), math.floor(Ix()))
print(math.sqrt(Fl()), math.sqrt(Ix()), math.sqrt(MyInt(16)), math.sqrt(True))
for f in (math.floor, math.ceil, math.trunc):
    for bad in [math.inf, math.nan, "x", Fl()]:
        try:
            print(f(bad))
        except Exception as e:
            print(f.__name__, type(e).__name__, e)

class BadFloat:
    def __float__(self): return 1
try:
    math.sqrt(BadFloat())
except TypeError as e:
    print(e)
try:
    math.sqrt(10**400)
except OverflowError as e:
    print(e)
print(math.factorial(Ix()), math.gcd(Ix(), 21), math.isqrt(Ix()))
