# mandelbrot: escape-time iteration over a grid of complex points in plain floats.
# small-size: 40
import sys
import time

DEFAULT_SIZE = 450


def bench(size):
    max_iter = 80
    total = 0
    inside = 0
    rows = 0
    for j in range(size):
        ci = -1.25 + 2.5 * j / size
        row_sum = 0
        for i in range(size):
            cr = -2.0 + 2.75 * i / size
            zr = zi = 0.0
            it = 0
            while it < max_iter:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                it += 1
            if it == max_iter:
                inside += 1
            row_sum += it
        total += row_sum
        rows = (rows * 131 + row_sum) % 1000000007
    return "mandelbrot size=%d iterations=%d inside=%d rows=%d" % (size, total, inside, rows)


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
