from itertools import islice, count
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)), list(islice('ABCDEFG', 0, None, 2)))
print(list(islice(range(10), None)), list(islice(range(10), 1, 8, 3)), list(islice(count(), 5, 10, 2)), list(islice('ab', 5, 10)))
print(list(islice(range(10), None, None, None)), list(islice('abc', 0)))
for args in [(-1,), (-2,), ('a',), ('a', 2), (1, 'x'), (1, 2, 0), (1, 2, -1), (1, 2, 'z'), (2**70,), (-1, 3)]:
    try: islice('abc', *args)
    except ValueError as e: print(args, e)
for bad in ("islice([1])", "islice([1], 1, 2, 3, 4)", "islice([1], stop=1)", "islice(1, 1)"):
    try: eval(bad)
    except TypeError as e: print(bad, '->', e)
# consumption: islice pulls only what it needs
it = iter(range(10)); print(list(islice(it, 2, 4)), next(it))
it = iter(range(10)); s = islice(it, 3, 3); print(list(s), next(it))
it = iter(range(10)); s = islice(it, 0); print(list(s), next(it))
class Idx:
    def __index__(self): return 2
print(list(islice('abcdef', Idx(), None, Idx())))
