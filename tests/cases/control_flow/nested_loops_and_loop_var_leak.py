for i in range(3):
    for j in range(3):
        if j == i:
            break
        print(i, j)
print("after", i, j)
k = "unset"
for k in []:
    pass
print(k)
result = []
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    result.append(i + a + b)
print(result)
