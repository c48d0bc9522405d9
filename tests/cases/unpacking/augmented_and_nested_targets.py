data = {"a": [1, 2]}
data["a"][0] += 10
print(data)
class O:
    pass
o = O()
o.v = [1]
o.v[0] *= 5
o.v += [2]
print(o.v)
try:
    exec("a, b += 1, 2")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec("[a, b] += [1]")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
