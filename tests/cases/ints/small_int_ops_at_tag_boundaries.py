# Small-int arithmetic at the edges of the tagged range agrees with CPython (hash of results).
import itertools
vals = [0, 1, -1, 7, -7, 3, -3, 2**61, -2**61, 2**62-1, -2**62, 4611686018427387903, -4611686018427387904]
out = []
for a, b in itertools.product(vals, repeat=2):
    row = [a + b, a - b, a * b, a & b, a | b, a ^ b]
    if b: row += [a // b, a % b]
    out.append(hash(tuple(row)))
print(sum(out) % 1000003, len(out))
