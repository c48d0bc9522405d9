funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs], i)
x = 10
res = [x for x in range(3)]
print(x)
def f():
    return [i for i in range(2)], "i" in locals()
print(f())
