# memo_dp: memoised dynamic programming (top-down with dict caches keyed by tuples, and
# bottom-up tables): edit distance, coin-change counts, longest increasing subsequence, knapsack.
# small-size: 40
import sys
import time

DEFAULT_SIZE = 640


def lcg_string(n, seed, alphabet):
    x = seed
    out = []
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(alphabet[(x >> 8) % len(alphabet)])
    return "".join(out)


def edit_distance(a, b):
    memo = {}

    def go(i, j):
        key = (i, j)
        if key in memo:
            return memo[key]
        if i == len(a):
            r = len(b) - j
        elif j == len(b):
            r = len(a) - i
        elif a[i] == b[j]:
            r = go(i + 1, j + 1)
        else:
            r = 1 + min(go(i + 1, j), go(i, j + 1), go(i + 1, j + 1))
        memo[key] = r
        return r

    # fill the table from the bottom-right corner so the recursion stays shallow
    for i in range(len(a), -1, -1):
        for j in range(len(b), -1, -1):
            go(i, j)
    return go(0, 0), len(memo)


def coin_ways(amount, coins):
    memo = {}

    def ways(rest, k):
        if rest == 0:
            return 1
        if rest < 0 or k == len(coins):
            return 0
        key = (rest, k)
        got = memo.get(key)
        if got is None:
            got = ways(rest - coins[k], k) + ways(rest, k + 1)
            memo[key] = got
        return got

    for a in range(0, amount + 1, 10):
        ways(a, 0)
    return ways(amount, 0)


def lis_length(seq):
    best = [1] * len(seq)
    for i in range(len(seq)):
        for j in range(i):
            if seq[j] < seq[i] and best[j] + 1 > best[i]:
                best[i] = best[j] + 1
    return max(best)


def knapsack(weights, values, capacity):
    table = [0] * (capacity + 1)
    for w, v in zip(weights, values):
        for c in range(capacity, w - 1, -1):
            cand = table[c - w] + v
            if cand > table[c]:
                table[c] = cand
    return table[capacity]


def bench(n):
    a = lcg_string(n, 1, "ACGT")
    b = lcg_string(n + n // 7, 2, "ACGT")
    dist, cells = edit_distance(a, b)
    ways = coin_ways(n * 4, [1, 2, 5, 10, 20, 50, 100, 200])
    seq = [ord(c) * 1000 + i % 997 for i, c in enumerate(lcg_string(n * 3, 3, "abcdefghijklmnop"))]
    lis = lis_length(seq)
    weights = [1 + ord(c) % 37 for c in lcg_string(n // 2, 4, "abcdefghijklmnopqrstuvwxyz")]
    values = [(w * 7) % 23 + i % 5 for i, w in enumerate(weights)]
    best = knapsack(weights, values, n * 2)
    return "memo_dp n=%d edit=%d cells=%d ways=%d lis=%d knapsack=%d" % (n, dist, cells, ways, lis, best)


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
