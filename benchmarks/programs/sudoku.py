# sudoku: backtracking search with constraint propagation (candidate sets, most-constrained
# cell first) over puzzles derived from a shuffled solved grid by our own LCG.
# small-size: 2
import sys
import time

DEFAULT_SIZE = 150


class Lcg(object):
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


def shuffled(rng, items):
    items = list(items)
    for i in range(len(items) - 1, 0, -1):
        j = rng.below(i + 1)
        items[i], items[j] = items[j], items[i]
    return items


def make_puzzle(rng, holes):
    rows = [b * 3 + r for b in shuffled(rng, range(3)) for r in shuffled(rng, range(3))]
    cols = [b * 3 + c for b in shuffled(rng, range(3)) for c in shuffled(rng, range(3))]
    digits = shuffled(rng, range(1, 10))
    grid = [digits[(3 * (r % 3) + r // 3 + c) % 9] for r in rows for c in cols]
    for p in shuffled(rng, range(81))[:holes]:
        grid[p] = 0
    return grid


PEERS = []
for _p in range(81):
    _r, _c = divmod(_p, 9)
    _peers = set()
    for _k in range(9):
        _peers.add(_r * 9 + _k)
        _peers.add(_k * 9 + _c)
    _br, _bc = _r - _r % 3, _c - _c % 3
    for _i in range(3):
        for _j in range(3):
            _peers.add((_br + _i) * 9 + _bc + _j)
    _peers.discard(_p)
    PEERS.append(sorted(_peers))


def solve(grid, counter):
    best = -1
    best_cands = None
    for p in range(81):
        if grid[p] == 0:
            used = {grid[q] for q in PEERS[p]}
            cands = [d for d in range(1, 10) if d not in used]
            if not cands:
                return False
            if best_cands is None or len(cands) < len(best_cands):
                best = p
                best_cands = cands
                if len(cands) == 1:
                    break
    if best < 0:
        return True
    for d in best_cands:
        counter[0] += 1
        grid[best] = d
        if solve(grid, counter):
            return True
    grid[best] = 0
    return False


def bench(n):
    rng = Lcg(77)
    checksum = 0
    counter = [0]
    for i in range(n):
        grid = make_puzzle(rng, 50 + i % 12)
        if not solve(grid, counter):
            raise RuntimeError("unsolvable puzzle")
        for p in range(81):
            checksum = (checksum * 10 + grid[p]) % 1000000007
    return "sudoku puzzles=%d guesses=%d checksum=%d" % (n, counter[0], checksum)


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
