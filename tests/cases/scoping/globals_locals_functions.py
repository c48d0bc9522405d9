def f(a, b=2):
    c = 3
    return sorted(locals().items())
print(f(1))
g = globals()
g["dyn"] = 7
print(dyn, "f" in globals(), globals() is g)
def h():
    x = 1
    loc = locals()
    x = 2
    return loc["x"], locals()["x"]
print(h())
