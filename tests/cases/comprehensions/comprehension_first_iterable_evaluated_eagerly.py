def src():
    print("src evaluated")
    return [1, 2]
g = (x for x in src())
print("generator created")
print(list(g))
try:
    gen = (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)
def outer_it():
    print("outer")
    return range(2)
def inner_it():
    print("inner")
    return range(2)
g2 = ((a, b) for a in outer_it() for b in inner_it())
print("made g2")
print(list(g2))
