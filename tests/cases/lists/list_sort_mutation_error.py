a = [3, 1, 2]
def key(x):
    a.append(x)
    return x
try:
    a.sort(key=key)
except ValueError as e:
    print(type(e).__name__, e)
print(a)
class Boom:
    def __lt__(self, other):
        raise RuntimeError("cmp failed")
b = [1, Boom(), 3]
try:
    sorted(b)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    sorted([3, 1], key=lambda x: 1 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(sorted([[2, "b"], [1, "z"], [2, "a"]]))
