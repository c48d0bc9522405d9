import sys
calls = []
def default():
    calls.append(1)
    return len(calls)
def f(x=default()):
    return x
print(f(), f(), calls)
def g(a, b=[]):
    b.append(a)
    return b
g(1); g(2)
print(g.__defaults__)
g.__defaults__ = ([],)
print(g(3))
def h(*, k=1):
    return k
h.__kwdefaults__ = {"k": 99}
print(h())
try:
    f.__defaults__ = 5
except TypeError as e:
    print(type(e).__name__, e)
