# go_mc: Monte Carlo playouts of the board game Go on a 9x9 board (flood-fill groups, captures,
# suicide and simple-ko rules, eye filling avoided, area scoring), moves chosen by our own LCG.
# small-size: 2
import sys
import time

DEFAULT_SIZE = 40

EMPTY, BLACK, WHITE, EDGE = 0, 1, 2, 3


class Lcg(object):
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


class Board(object):
    def __init__(self, n):
        self.n = n
        w = n + 2
        self.w = w
        self.cells = [EDGE] * (w * w)
        self.points = []
        for y in range(1, n + 1):
            for x in range(1, n + 1):
                p = y * w + x
                self.cells[p] = EMPTY
                self.points.append(p)
        self.dirs = (1, -1, w, -w)
        self.ko = -1

    def group(self, p):
        colour = self.cells[p]
        cells = self.cells
        stones = [p]
        seen = {p}
        libs = set()
        i = 0
        while i < len(stones):
            q = stones[i]
            i += 1
            for d in self.dirs:
                r = q + d
                c = cells[r]
                if c == colour:
                    if r not in seen:
                        seen.add(r)
                        stones.append(r)
                elif c == EMPTY:
                    libs.add(r)
        return stones, len(libs)

    def is_eye(self, p, colour):
        cells = self.cells
        for d in self.dirs:
            c = cells[p + d]
            if c != colour and c != EDGE:
                return False
        return True

    def play(self, p, colour):
        cells = self.cells
        cells[p] = colour
        opp = BLACK + WHITE - colour
        captured = []
        for d in self.dirs:
            q = p + d
            if cells[q] == opp:
                stones, libs = self.group(q)
                if libs == 0:
                    for s in stones:
                        cells[s] = EMPTY
                    captured.extend(stones)
        stones, libs = self.group(p)
        if libs == 0:
            cells[p] = EMPTY
            return -1
        if len(captured) == 1 and len(stones) == 1 and libs == 1:
            self.ko = captured[0]
        else:
            self.ko = -1
        return len(captured)

    def score(self):
        black = white = 0
        cells = self.cells
        for p in self.points:
            c = cells[p]
            if c == BLACK:
                black += 1
            elif c == WHITE:
                white += 1
            else:
                seen = 0
                for d in self.dirs:
                    seen |= 1 << cells[p + d]
                seen &= 6
                if seen == 2:
                    black += 1
                elif seen == 4:
                    white += 1
        return black - white


def playout(n, rng, first_move):
    board = Board(n)
    colour = BLACK
    passes = 0
    moves = 0
    captures = 0
    if first_move >= 0:
        board.play(board.points[first_move], BLACK)
        colour = WHITE
    limit = 3 * n * n
    while passes < 2 and moves < limit:
        empties = [p for p in board.points if board.cells[p] == EMPTY]
        played = False
        while empties:
            i = rng.below(len(empties))
            p = empties[i]
            empties[i] = empties[-1]
            empties.pop()
            if p == board.ko or board.is_eye(p, colour):
                continue
            got = board.play(p, colour)
            if got >= 0:
                captures += got
                played = True
                break
        if played:
            passes = 0
        else:
            passes += 1
            board.ko = -1
        colour = BLACK + WHITE - colour
        moves += 1
    return board.score() - 7, moves, captures


def bench(games):
    rng = Lcg(2024)
    n = 9
    wins = 0
    margin = 0
    total_moves = 0
    total_caps = 0
    best_move = -1
    best_wins = -1
    candidates = [0, 10, 20, 30, 40]
    for ci in range(len(candidates)):
        move_wins = 0
        for g in range(games):
            score, moves, caps = playout(n, rng, candidates[ci])
            if score > 0:
                wins += 1
                move_wins += 1
            margin += score
            total_moves += moves
            total_caps += caps
        if move_wins > best_wins:
            best_wins = move_wins
            best_move = candidates[ci]
    return "go_mc games=%d black_wins=%d margin=%d moves=%d captures=%d best=%d" % (
        games * len(candidates), wins, margin, total_moves, total_caps, best_move)


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
