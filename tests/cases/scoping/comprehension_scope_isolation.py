x = "outer"
lst = [x for x in range(3)]
print(x, lst)
print([i for i in range(3)], "i" in dir())
gen = (y for y in range(2))
print(list(gen))
def f():
    n = 10
    return [n + k for k in range(2)], {k: n for k in "ab"}, {n * k for k in (1,)}
print(f())
print([[j for j in range(i)] for i in range(3)])
print([(a, b) for a in range(3) for b in range(a) if (a + b) % 2])
