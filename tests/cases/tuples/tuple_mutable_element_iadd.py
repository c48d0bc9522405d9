t = ([1], 2)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
u = (1, 2)
v = u
u += (3,)
print(u, v, u is v)
