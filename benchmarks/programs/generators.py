# generators: lazy generator pipelines (sources, filters, maps, windows, chunking, yield from,
# generator expressions, send) over a stream of pseudo-random integers.
# small-size: 20000
import sys
import time

DEFAULT_SIZE = 800000


def lcg_stream(seed, count):
    x = seed
    for _ in range(count):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        yield x >> 4


def only_odd(xs):
    for x in xs:
        if x & 1:
            yield x


def scaled(xs, mod):
    for x in xs:
        yield x % mod


def pairs(xs):
    it = iter(xs)
    prev = next(it)
    for x in it:
        yield prev, x
        prev = x


def chunks(xs, size):
    chunk = []
    for x in xs:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(chunked):
    for chunk in chunked:
        yield from chunk


def running_mean():
    total = 0
    count = 0
    mean = 0
    while True:
        value = yield mean
        total += value
        count += 1
        mean = total // count


def bench(n):
    a = sum(d for a, b in pairs(scaled(only_odd(lcg_stream(1, n)), 1000)) for d in (a - b,) if d > 0)
    chunk_sums = [sum(c) for c in chunks(scaled(lcg_stream(2, n), 100), 7)]
    b = sum(flatten(chunks(chunk_sums, 5)))
    acc = running_mean()
    next(acc)
    m = 0
    for x in scaled(lcg_stream(3, n // 2), 10000):
        m = acc.send(x)
    c = max(x for x in scaled(lcg_stream(4, n // 4), 999983) if x % 3 == 0)
    squares = (x * x for x in range(n // 4))
    d = sum(x for x in squares if x % 7 == 1)
    return "generators n=%d diffs=%d chunks=%d mean=%d max=%d squares=%d" % (n, a, b, m, c, d)


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
