# PEP 709 (3.12): list/set/dict comprehensions run inline; their variables do not leak,
# shadowed outer values come back (also after an exception), class bodies still hide
# class-level names from them, co_varnames shows the hidden slot.
x = "outer"
print([x for x in range(3)], x)
def f(xs, k):
    x = 10
    r = [x * k for x in xs]
    return r, x
print(f([1, 2], 3))
def g():
    try:
        [1 // (x - 2) for x in range(5)]
    except ZeroDivisionError:
        pass
    return x
try:
    g()
except NameError as e:
    print("NameError", e)
def h():
    x = 5
    try:
        [1 // (x - 2) for x in range(5)]
    except ZeroDivisionError:
        pass
    return x
print(h())
print({k: v for k, v in zip("ab", range(2))}, {c for c in "aab"})
print([[y * 2 for y in row] for row in [[1, 2], [3]]])
print([(i, j) for i in range(3) for j in range(i) if j % 2 == 0])
class C:
    a = 1
    b = [i for i in range(3)]
    try:
        c = [a for _ in range(2)]
    except NameError as e:
        print("class NameError:", e)
print(C.b)
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
def w():
    r = [(y := v) for v in range(4)]
    return r, y
print(w())
print([x for x in x])

print(compile("[q for q in r]", "<s>", "exec").co_varnames)
def locs():
    return [sorted(locals()) for z in range(1)]
print(locs())
