import sys
a = []
cur = a
for _ in range(50):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(repr(a)[:20], len(repr(a)))
def deep(n):
    return [] if n == 0 else [deep(n - 1)]
x = deep(200)
print(str(x).count("["))
