# nqueens: backtracking puzzle search; counts all N-queens solutions with set-based pruning and
# again with bitmasks, and records the lexicographically first solution.
# small-size: 6
import sys
import time

DEFAULT_SIZE = 11


def solve_sets(n):
    cols = set()
    diag1 = set()
    diag2 = set()
    placement = []
    found = []

    def place(row):
        if row == n:
            if not found:
                found.append(list(placement))
            return 1
        count = 0
        for c in range(n):
            if c in cols or (row + c) in diag1 or (row - c) in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            placement.append(c)
            count += place(row + 1)
            placement.pop()
            cols.discard(c)
            diag1.discard(row + c)
            diag2.discard(row - c)
        return count

    total = place(0)
    return total, found[0] if found else []


def solve_bits(n):
    full = (1 << n) - 1

    def place(cols, d1, d2):
        if cols == full:
            return 1
        count = 0
        free = full & ~(cols | d1 | d2)
        while free:
            bit = free & -free
            free ^= bit
            count += place(cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1)
        return count

    return place(0, 0, 0)


def bench(n):
    a, first = solve_sets(n)
    b = solve_bits(n)
    c = solve_bits(n + 1)
    if a != b:
        raise RuntimeError("solvers disagree")
    return "nqueens n=%d solutions=%d next=%d first=%s" % (
        n, a, c, "".join(str(x) for x in first))


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
