import sys
sys.setrecursionlimit(100000)
class Node:
    def __init__(self, nxt):
        self.nxt = nxt
    def length(self):
        return 1 if self.nxt is None else 1 + self.nxt.length()
n = None
for _ in range(20000):
    n = Node(n)
print(n.length())
def nested_gen(k):
    if k == 0:
        yield "bottom"
    else:
        yield from nested_gen(k - 1)
print(list(nested_gen(5000)))
