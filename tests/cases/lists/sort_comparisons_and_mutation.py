# list.sort asks `<` only, as often as CPython's timsort does on short lists; survives
# inconsistent comparisons; detects mutation during the sort (even append-then-pop); keeps
# stability with reverse=True; propagates errors from keys and comparisons.
import functools
import random


class Counted:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Counted.calls += 1
        return self.v < other.v

    def __repr__(self):
        return f"C({self.v})"


rng = random.Random(5)
for n in [0, 1, 2, 10, 50, 63]:
    data = list(range(n))
    rng.shuffle(data)
    items = [Counted(v) for v in data]
    Counted.calls = 0
    items.sort()
    print(n, Counted.calls, [c.v for c in items] == sorted(data))
    Counted.calls = 0
    items.sort()
    print("sorted again", n, Counted.calls)
    Counted.calls = 0
    items.sort(reverse=True)
    print("reversed", n, Counted.calls)

# inconsistent comparisons: no crash, still a permutation
coin = random.Random(1)
xs = list(range(500))
xs.sort(key=functools.cmp_to_key(lambda a, b: coin.randrange(3) - 1))
print(sorted(xs) == list(range(500)))

# mutation during the sort
L = [3, 1, 2]


def mutating(a, b):
    L.append(0)
    L.pop()
    return (a > b) - (a < b)


try:
    L.sort(key=functools.cmp_to_key(mutating))
except ValueError as e:
    print("ValueError:", e, L)

# stability, with and without reverse
pairs = [(k % 3, i) for i, k in enumerate([5, 3, 6, 9, 1, 4, 7, 2, 8, 0])]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))

# errors
try:
    [3, "a", 1].sort()
except TypeError as e:
    print("TypeError:", e)


def bad_key(x):
    if x == 2:
        raise KeyError(x)
    return x


data = [1, 2, 3]
try:
    data.sort(key=bad_key)
except KeyError as e:
    print("KeyError:", e, data)
