d = {"a": 1}
for k in ("missing", 5, (1, 2), None, ""):
    try:
        d[k]
    except KeyError as e:
        print(type(e).__name__, e, repr(e), e.args)
try:
    del d["zz"]
except KeyError as e:
    print("del", e)
try:
    d.pop("zz")
except KeyError as e:
    print("pop", e)
try:
    {}.popitem()
except KeyError as e:
    print("popitem", e)
try:
    d[[1]] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[{}]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[]: 1}
except TypeError as e:
    print(type(e).__name__, e)
