fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
add = lambda a, b=10, *c, **d: (a + b, c, d)
print(add(1), add(1, 2, 3, k=4), add.__name__, (lambda: 0).__qualname__)
print((lambda *a: a)(1, 2), (lambda **k: sorted(k))(b=1, a=2), (lambda x: (yield x))(5).__class__.__name__)
