s = {1}
s.update("", [2], range(3, 5), {5: "x"})
print(s)
s.difference_update([1, 2], (3,))
print(s)
s.intersection_update(range(5), [4, 5, 6])
print(s)
s.symmetric_difference_update([4, 9])
print(s)
s |= {100}
t = s
s -= {100}
print(t is s, s)
for f in (lambda: s.update(5), lambda: s.intersection_update(None), lambda: s.add(), lambda: s.discard([]), lambda: frozenset([[]])):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
