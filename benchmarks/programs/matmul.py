# matmul: list-of-lists matrix multiplication (naive triple loop and row-times-column with zip),
# transposes and a trace checksum, in floats and ints.
# small-size: 30
import sys
import time

DEFAULT_SIZE = 170


def make_matrix(n, seed):
    x = seed
    m = []
    for i in range(n):
        row = []
        for j in range(n):
            x = (x * 1103515245 + 12345) & 0x7FFFFFFF
            row.append((x % 2001 - 1000) / 1000.0)
        m.append(row)
    return m


def matmul_naive(a, b):
    n = len(a)
    p = len(b[0])
    k_range = range(len(b))
    c = []
    for i in range(n):
        ai = a[i]
        row = []
        for j in range(p):
            s = 0.0
            for k in k_range:
                s += ai[k] * b[k][j]
            row.append(s)
        c.append(row)
    return c


def transpose(m):
    return [list(col) for col in zip(*m)]


def matmul_zip(a, b):
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def bench(n):
    a = make_matrix(n, 1)
    b = make_matrix(n, 2)
    c = matmul_naive(a, b)
    d = matmul_zip(b, a)
    ia = [[int(v * 10) for v in row] for row in a]
    e = matmul_naive(ia, ia)
    trace_c = sum(c[i][i] for i in range(n))
    trace_d = sum(d[i][i] for i in range(n))
    corner = c[0][n - 1] + d[n - 1][0]
    isum = sum(sum(row) for row in e)
    return "matmul n=%d trace_c=%.6f trace_d=%.6f corner=%.6f ints=%d" % (
        n, trace_c, trace_d, corner, int(isum))


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
