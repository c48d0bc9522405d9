# sort_keys: sorting records with key functions, multi-key tuples, reverse and stable sorts,
# sorted() on strings with str methods as keys, and min/max with keys.
# small-size: 3000
import sys
import time

DEFAULT_SIZE = 90000


class Record(object):
    __slots__ = ("name", "dept", "age", "salary")

    def __init__(self, name, dept, age, salary):
        self.name = name
        self.dept = dept
        self.age = age
        self.salary = salary


def make_records(n):
    x = 11
    recs = []
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        name = "%s%d" % ("ABCDEFGHabcdefgh"[x % 16], x % 9973)
        recs.append(Record(name, "d%d" % (x >> 8 & 15), 20 + (x >> 4) % 45, (x >> 6) % 100000))
    return recs


def position_hash(items, h):
    for i, v in enumerate(items):
        h = (h * 1000003 + i * 7 + v) % 2305843009213693951
    return h


def bench(n):
    recs = make_records(n)
    h = 0
    by_age = sorted(recs, key=lambda r: r.age)
    h = position_hash([r.salary for r in by_age[::50]], h)
    multi = sorted(recs, key=lambda r: (r.dept, -r.age, r.name))
    h = position_hash([r.salary for r in multi[::50]], h)
    rev = sorted(recs, key=lambda r: r.salary, reverse=True)
    h = position_hash([r.age for r in rev[::50]], h)
    names = sorted((r.name for r in recs), key=str.lower)
    h = position_hash([len(s) for s in names[::50]], h)
    tuples = [(r.dept, r.age, r.salary) for r in recs]
    tuples.sort()
    h = position_hash([t[2] for t in tuples[::50]], h)
    nums = [r.salary * 31 % 1000 for r in recs]
    nums.sort(key=lambda v: (v % 10, v))
    h = position_hash(nums[::50], h)
    stable = sorted(sorted(recs, key=lambda r: r.name), key=lambda r: r.dept)
    h = position_hash([r.age for r in stable[::50]], h)
    oldest = max(recs, key=lambda r: (r.age, r.salary))
    poorest = min(recs, key=lambda r: (r.salary, r.name))
    return "sort_keys n=%d hash=%d oldest=%s poorest=%s" % (n, h, oldest.name, poorest.name)


def main():
    size = DEFAULT_SIZE
    inner = 0
    for arg in sys.argv[1:]:
        if arg.startswith("--inner="):
            inner = int(arg[len("--inner="):])
        else:
            size = int(arg)
    result = None
    for _ in range(max(inner, 1)):
        t0 = time.perf_counter()
        result = bench(size)
        t1 = time.perf_counter()
        if inner:
            print("#iter %.9f" % (t1 - t0))
    print(result)


main()
