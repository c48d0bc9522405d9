# closures: closures, nonlocal state, higher-order functions and stacked decorators.
# small-size: 10000
import sys
import time

DEFAULT_SIZE = 600000


def counting(fn):
    calls = [0]

    def wrapper(*args):
        calls[0] += 1
        return fn(*args)
    wrapper.calls = calls
    return wrapper


def clamp_result(lo, hi):
    def decorate(fn):
        def wrapper(*args, **kwargs):
            r = fn(*args, **kwargs)
            if r < lo:
                return lo
            if r > hi:
                return hi
            return r
        return wrapper
    return decorate


def make_accumulator(start):
    total = start

    def add(x):
        nonlocal total
        total += x
        return total
    return add


def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed


def adder(k):
    return lambda x: x + k


def multiplier(k):
    return lambda x: x * k


@counting
@clamp_result(-1000000, 1000000)
def poly(x, a=3, b=5):
    return a * x * x - b * x + 7


def bench(n):
    acc = make_accumulator(0)
    pipeline = compose(adder(3), multiplier(7), adder(-11), lambda x: x % 1000003)
    adders = [adder(k) for k in range(10)]
    calls_before = poly.calls[0]
    total = 0
    for i in range(n):
        v = pipeline(i)
        v = adders[i % 10](v)
        total += poly(v % 2000 - 1000)
        acc(v & 255)
    return "closures n=%d total=%d acc=%d calls=%d" % (n, total, acc(0), poly.calls[0] - calls_before)


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
