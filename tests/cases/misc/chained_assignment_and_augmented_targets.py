a = b = c = []
a.append(1)
print(a, b, c, a is c)
x = y = 5
x += 1
print(x, y)
d = {}
d["k"] = d["j"] = 0
print(d)
i = 0
lst = [10, 20]
lst[i] = i = 1
print(lst, i)
