i, found = 0, None
data = [3, 8, 1, 9]
while i < len(data) and found is None:
    if data[i] > 5:
        found = data[i]
    i += 1
else:
    print("while-else runs when condition false", found, i)
n = 10
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)
