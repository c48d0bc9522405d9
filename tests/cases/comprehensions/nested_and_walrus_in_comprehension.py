data = [[1, 2, 3], [4, 5], [6]]
print([x for row in data for x in row], [sum(row) for row in data], [len(r) for r in data if len(r) > 1])
print([y for x in range(5) if (y := x * x) > 4], y)
try:
    exec("[i := 0 for i in range(3)]")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec("[x for x in (y := [1, 2])]")
    print("allowed outermost")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec("class A:\n    [(z := 1) for q in range(1)]\n")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
