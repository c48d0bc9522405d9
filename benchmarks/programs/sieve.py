# sieve: sieve of Eratosthenes three ways (slice assignment, plain loops, odd-only bytearray).
# small-size: 30000
import sys
import time

DEFAULT_SIZE = 4000000


def sieve_slices(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            flags[i * i::i] = [False] * len(range(i * i, n + 1, i))
        i += 1
    return flags


def sieve_loops(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            j = i * i
            while j <= n:
                flags[j] = False
                j += i
        i += 1
    return flags


def sieve_odd(n):
    half = (n - 1) // 2
    flags = bytearray([1]) * (half + 1)
    flags[0] = 0
    i = 1
    while (2 * i + 1) * (2 * i + 1) <= n:
        if flags[i]:
            p = 2 * i + 1
            start = (p * p - 1) // 2
            for j in range(start, half + 1, p):
                flags[j] = 0
        i += 1
    return flags


def bench(n):
    a = sieve_slices(n)
    b = sieve_loops(n // 2)
    c = sieve_odd(n)
    count_a = sum(1 for f in a if f)
    total_a = 0
    for i in range(len(a)):
        if a[i]:
            total_a += i
    count_b = b.count(True)
    count_c = 1 + sum(c)
    twins = 0
    for i in range(1, len(c) - 1):
        if c[i] and c[i + 1]:
            twins += 1
    return "sieve n=%d primes=%d sum=%d half=%d odd=%d twins=%d" % (
        n, count_a, total_a, count_b, count_c, twins)


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
