print(2 + 3 * 4 ** 2, -2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2, not 1 == 2, 1 + 2 << 1, 1 | 2 ^ 3 & 4, 5 - 3 - 1, 2 ** 2 ** 0)
print(10 // 3 * 3, -7 // 2 * 2, 1 < 2 == True, (1 < 2) == True, not True + 1 if False else "x", 3 if 0 else 4 if 0 else 5)
print(~1 + 1, -~1, not not 0, 1 and 2 or 3, 0 and 2 or 3, [1] * 2 + [3], "a" "b" * 2, 7 % 3 ** 2)
x = 5
print(x if x > 3 else -x, (lambda: 1 if True else 2)())
