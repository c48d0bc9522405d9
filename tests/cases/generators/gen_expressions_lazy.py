log = []
def src():
    for i in range(3):
        log.append(f"produce {i}")
        yield i
ge = (x * 10 for x in src())
print(log)
print(next(ge), log)
print(list(ge), log)
print(sum(x for x in range(5)), max((c for c in "hello"), default=None), tuple(i for i in range(0)))
try:
    (1 / x for x in [1, 0])
    g = (1 / x for x in [1, 0])
    print(next(g))
    next(g)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
bad = (y for y in 5 for z in [])  if False else None
try:
    (y for y in 5)
except TypeError as e:
    print(type(e).__name__, e)
