# deep_recursion: deep and frequent recursion (linked-list walks a few thousand frames deep,
# mutual recursion, Ackermann, recursive flood fill) under a raised recursion limit.
# small-size: 3
import sys
import time

DEFAULT_SIZE = 600
DEPTH = 3000


def build(n):
    node = None
    for i in range(n):
        node = (i, node)
    return node


def length(node):
    if node is None:
        return 0
    return 1 + length(node[1])


def total(node):
    if node is None:
        return 0
    value, rest = node
    return value + total(rest)


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def fill(grid, r, c, w, h):
    if r < 0 or c < 0 or r >= h or c >= w or grid[r][c]:
        return 0
    grid[r][c] = 1
    return 1 + fill(grid, r + 1, c, w, h) + fill(grid, r, c + 1, w, h) + \
        fill(grid, r - 1, c, w, h) + fill(grid, r, c - 1, w, h)


def bench(n):
    sys.setrecursionlimit(DEPTH * 3 + 1000)
    lst = build(DEPTH)
    acc = 0
    for i in range(n):
        acc += length(lst) + total(lst) % 1000
        acc += 1 if is_even(DEPTH - (i & 1)) else 0
        acc += ackermann(2, 20 + i % 30)
    grid = [[(i * 7 + j * 3) % 11 == 0 for j in range(40)] for i in range(40)]
    filled = fill(grid, 1, 1, 40, 40)
    return "deep_recursion n=%d depth=%d acc=%d filled=%d" % (n, DEPTH, acc, filled)


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
