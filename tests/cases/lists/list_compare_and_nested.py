print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [1, [2]] == [1, [2]], [1, 2] == (1, 2), [float("nan")] == [float("nan")])
n = float("nan")
print([n] == [n], n in [n], [[]] * 3)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
alias = [[0] * 3] * 2
alias[0][0] = 1
print(grid, alias)
a = [1, 2]
a.append(a)
print(a, len(a))
try:
    [1] < ["a"]
except TypeError as e:
    print(type(e).__name__, e)
