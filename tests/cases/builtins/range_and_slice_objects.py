r = range(2, 20, 3)
print(r, list(r), len(r), r[1], r[-1], r[1:3], r[::-1], 5 in r, 6 in r, r.index(8), r.count(5), r.start, r.stop, r.step)
print(range(5) == range(0, 5), range(0) == range(5, 2), list(range(5, 0, -2)), range(10)[::2], range(3).__reversed__().__class__.__name__)
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, s.indices(5), slice(None).indices(3), slice(-3, None).indices(10), slice(5), "abcdef"[s])
for f in (lambda: range(1, 2, 0), lambda: range(1.5), lambda: range(5)[10], lambda: range(3).index(7), lambda: range(), lambda: slice(1, 2, 0).indices(5), lambda: hash(slice(1)) if False else slice(1, 2, 3)[0]):
    try:
        print(f())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
try:
    len(range(10 ** 20))
except OverflowError as e:
    print(type(e).__name__, e)
print(range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20))
