# int_loops: integer arithmetic in tight loops (LCG, Collatz step counts, bit tricks, gcd).
# small-size: 2000
import sys
import time

DEFAULT_SIZE = 120000


def collatz_steps(y):
    steps = 0
    while y != 1:
        if y & 1:
            y = 3 * y + 1
        else:
            y >>= 1
        steps += 1
    return steps


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def bench(n):
    total = 0
    bits = 0
    g = 0
    x = 12345
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        y = x % 2000 + 1
        total += collatz_steps(y) ^ (i & 255)
        v = x
        while v:
            v &= v - 1
            bits += 1
        g += gcd(x, i + 1)
    return "int_loops n=%d total=%d bits=%d gcd=%d" % (n, total, bits, g)


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
