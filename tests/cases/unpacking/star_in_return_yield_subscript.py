def f():
    return 1, *[2, 3]
def g():
    yield *"ab", "c"
print(f(), list(g()))
d = {}
d[1, 2] = "tuple key"
print(d, d[(1, 2)])
lst = [*range(3)]
t = *lst, *lst
print(t)
for x in *[1, 2], 3:
    print(x, end=" ")
print()
