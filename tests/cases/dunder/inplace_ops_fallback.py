class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
class Plain:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        return Plain(self.v + o)
a = Acc(); b = a
a += 1; a += 2
print(a is b, a.items)
p = Plain(1); q = p
p += 5
print(p is q, p.v, q.v)
class NoRet:
    def __iadd__(self, o):
        pass
n = NoRet()
n += 1
print(n)
x = [1]
try:
    x -= [1]
except TypeError as e:
    print(type(e).__name__, e)
s = "a"
try:
    s += 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    a @= 3
except TypeError as e:
    print(type(e).__name__, e)
