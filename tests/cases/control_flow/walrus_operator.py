data = [1, 5, 12, 3, 20]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 10], y)
vals = iter([3, 2, 1, 0, 5])
while (v := next(vals)) != 0:
    print("v", v)
print((a := 1) + (a := a + 1) + a, a)
def f():
    [(z := i) for i in range(3)]
    return z
print(f())
print(any((hit := w) > 10 for w in data), hit)
