# Needs the Lib import system (heapq.py over _heapq).
import heapq

h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), heapq.nsmallest(3, [7, 1, 9, 3, 5]), heapq.nlargest(2, [7, 1, 9, 3, 5]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), heapq.nlargest(2, ["aa", "b", "cccc"], key=len))
print(heapq.heappop.__module__ if hasattr(heapq.heappop, "__module__") else None)
