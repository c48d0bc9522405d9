import _heapq as hq

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 0, 6]:
    hq.heappush(h, x)
    print(h)
print([hq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 11, -4, 4]
hq.heapify(data)
print(data)
print(hq.heapreplace(data, 10), data)
print(hq.heappushpop(data, -1), hq.heappushpop(data, 100), data)
print(hq.heappushpop([], 5))
m = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
hq._heapify_max(m)
print(m)
print(hq._heappop_max(m), m)
print(hq._heapreplace_max(m, 0), m)
print([hq._heappop_max(m) for _ in range(len(m))])
t = [(2, "b"), (1, "z"), (1, "a"), (3, "c")]
hq.heapify(t)
print([hq.heappop(t) for _ in range(4)])
big = list(range(3000, 0, -1))
hq.heapify(big)
print(big[:10], [hq.heappop(big) for _ in range(5)])

class L(list):
    pass
sub = L([5, 4, 3])
hq.heapify(sub)
hq.heappush(sub, 1)
print(sub, type(sub).__name__)
