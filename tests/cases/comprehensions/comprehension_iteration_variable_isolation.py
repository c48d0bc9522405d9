x = "keep"
[x for x in range(3)]
print(x)
i = 99
g = [i for i in range(2)]
print(i, g)
def f():
    total = [n for n in range(3)]
    try:
        return n
    except NameError as e:
        return str(e)
print(f())
