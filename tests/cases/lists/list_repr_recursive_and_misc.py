a = []
a.append(a)
print(repr(a), str([a]))
d = {}
d["self"] = d
print(d)
print(repr([1.0, "s", None, True, (1,), {}, set(), frozenset()]))
print([].__class__.__name__, list.__mro__, isinstance([], list))
l = [5, 3]
print(l.__len__(), l.__getitem__(0), l.__contains__(3), reversed(l).__class__.__name__, list(reversed(l)))
