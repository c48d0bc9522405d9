# exceptions: exceptions used for control flow (custom hierarchies, raise through call chains,
# try/except/else/finally, KeyError/IndexError/ValueError lookups, manual StopIteration).
# small-size: 5000
import sys
import time

DEFAULT_SIZE = 400000


class ParseError(Exception):
    def __init__(self, pos, reason):
        Exception.__init__(self, reason)
        self.pos = pos


class Overflow(ArithmeticError):
    pass


class Retry(Exception):
    pass


def checked_add(a, b, limit):
    s = a + b
    if s > limit:
        raise Overflow(s)
    return s


def parse_int(text):
    try:
        return int(text)
    except ValueError:
        raise ParseError(0, "bad int: " + text)


def deep(k, x):
    if k == 0:
        if x % 5 == 0:
            raise Retry()
        return x
    return deep(k - 1, x) + 1


class Countdown(object):
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


def bench(n):
    table = {}
    for i in range(0, 100, 3):
        table["k%d" % i] = i
    items = [i * 3 for i in range(50)]
    tokens = ["12", "x7", "300", "", "-4", "5e", "88"]
    hits = misses = bad = overflows = retries = finals = 0
    acc = 0
    for i in range(n):
        try:
            acc += table["k%d" % (i % 100)]
            hits += 1
        except KeyError:
            misses += 1
        try:
            acc += items[i % 64]
        except IndexError:
            misses += 1
        try:
            acc += parse_int(tokens[i % len(tokens)])
        except ParseError as e:
            bad += 1 + e.pos
        try:
            acc = checked_add(acc, i, 1 << 30)
        except Overflow:
            overflows += 1
            acc = 0
        except ArithmeticError:
            raise
        else:
            acc ^= 1
        finally:
            finals += 1
        if i % 4 == 0:
            try:
                acc += deep(6, i)
            except Retry:
                retries += 1
    total = 0
    for v in Countdown(n // 10):
        total += v
    return "exceptions n=%d acc=%d hits=%d misses=%d bad=%d overflows=%d retries=%d finals=%d total=%d" % (
        n, acc, hits, misses, bad, overflows, retries, finals, total)


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
