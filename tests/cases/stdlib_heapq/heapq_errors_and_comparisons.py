import _heapq as hq

cases = ["hq.heappush(1, 2)", "hq.heappush([])", "hq.heappop()", "hq.heappop([])", "hq.heappop(1)",
         "hq.heapreplace([], 1)", "hq.heapify(1)", "hq.heapify()", "hq._heappop_max([])",
         "hq._heapreplace_max([], 1)", "hq.heappush([1], 'a')", "hq.heappush(heap=[], item=1)",
         "hq.heapify([1, 'a', 2])", "hq.heappushpop([1], 'x')"]
for c in cases:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)

log = []
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v
    def __repr__(self):
        return "K(%d)" % self.v
h = [K(v) for v in [5, 2, 8, 1, 9, 3]]
hq.heapify(h)
print(h, log)
log.clear()
print(hq.heappop(h), log)

class Evil:
    def __init__(self, heap):
        self.heap = heap
    def __lt__(self, other):
        self.heap.clear()
        return True
heap = []
heap.append(Evil(heap))
heap.append(Evil(heap))
try:
    hq.heappush(heap, Evil(heap))
except RuntimeError as e:
    print("RuntimeError", e)
class Bad:
    def __lt__(self, other):
        raise ValueError("no compare")
try:
    hq.heappush([Bad()], Bad())
except ValueError as e:
    print("ValueError", e)
