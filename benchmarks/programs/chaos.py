# chaos: chaos-game fractals (Barnsley fern and a Sierpinski-style triangle) driven by our own
# LCG, accumulated into a density grid of floats.
# small-size: 20000
import sys
import time

DEFAULT_SIZE = 500000


class Lcg(object):
    def __init__(self, seed):
        self.state = seed

    def next_float(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (self.state >> 11) / 9007199254740992.0


# (probability cut-off, a, b, c, d, e, f) for x' = a x + b y + e, y' = c x + d y + f
FERN = [
    (0.01, 0.0, 0.0, 0.0, 0.16, 0.0, 0.0),
    (0.86, 0.85, 0.04, -0.04, 0.85, 0.0, 1.6),
    (0.93, 0.2, -0.26, 0.23, 0.22, 0.0, 1.6),
    (1.00, -0.15, 0.28, 0.26, 0.24, 0.0, 0.44),
]

TRIANGLE = [(0.0, 0.0), (1.0, 0.0), (0.5, 0.866)]


def fern(n, rng, grid, size):
    x = y = 0.0
    for _ in range(n):
        r = rng.next_float()
        for cut, a, b, c, d, e, f in FERN:
            if r <= cut:
                x, y = a * x + b * y + e, c * x + d * y + f
                break
        gx = int((x + 2.75) / 5.5 * (size - 1))
        gy = int(y / 10.0 * (size - 1))
        grid[gy][gx] += 1.0


def triangle(n, rng, grid, size):
    x, y = 0.25, 0.25
    for _ in range(n):
        vx, vy = TRIANGLE[int(rng.next_float() * 3.0)]
        x = (x + vx) * 0.5
        y = (y + vy) * 0.5
        grid[int(y * (size - 1))][int(x * (size - 1))] += 0.5


def bench(n):
    size = 64
    grid = [[0.0] * size for _ in range(size)]
    rng = Lcg(42)
    fern(n, rng, grid, size)
    triangle(n // 2, rng, grid, size)
    filled = 0
    moment = 0.0
    for j in range(size):
        row = grid[j]
        for i in range(size):
            v = row[i]
            if v > 0.0:
                filled += 1
                moment += v * (i + 1) * (j + 1)
    return "chaos n=%d filled=%d moment=%.1f" % (n, filled, moment)


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
