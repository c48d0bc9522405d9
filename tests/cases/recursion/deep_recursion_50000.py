import sys
sys.setrecursionlimit(100000)
def count(n):
    if n == 0:
        return 0
    return 1 + count(n - 1)
print(count(50000))
def sum_list(xs, i=0):
    return 0 if i == len(xs) else xs[i] + sum_list(xs, i + 1)
print(sum_list(list(range(30000))))
