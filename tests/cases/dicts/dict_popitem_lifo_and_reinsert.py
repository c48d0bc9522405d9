d = {}
for k in "abcde":
    d[k] = ord(k)
print(d.popitem(), d.popitem())
d["a"] = 0
print(list(d))
del d["a"]
d["a"] = 1
print(list(d), next(reversed(d)), list(reversed(d.items()))[0])
d.update(b=5)
print(d)
