# array.array: construction, sequence methods, slicing, bytes, comparisons, copies
from array import array, typecodes, ArrayType
import copy

print(typecodes, ArrayType is array)
a = array("i", [1, 2, 3])
a.append(4); a.extend([5, 6]); a.insert(0, 0); a.insert(-1, 55); a.insert(100, 7)
print(a, len(a), a[2], a[-1], a[1:3], a[::2], a[::-1], a.itemsize, a.typecode)
print(a.pop(), a.pop(0), a.pop(-2), a, a.index(3), a.index(3, 1, 4), a.count(2), 3 in a, 99 in a, a.tolist())
a.remove(3); a.reverse(); print(a)
a[0] = 9; a[1:3] = array("i", [7, 7, 7]); print(a)
a[::2] = array("i", [0] * len(a[::2])); print(a)
del a[0]; print(a); del a[::2]; print(a); del a[:]; print(a, len(a))

b = array("h", b"\x01\x00\x02\x00")
print(b, b.tobytes(), b.itemsize)
b.byteswap(); print(b)
b.frombytes(b"\x03\x00"); print(b)
print(array("d", [1.5, 2]), array("f", [0.1]), array("f", [0.5]), array("u", "héllo"), array("u", "hi").tounicode())
print(array("B", range(5)), array("b", b"ab"), array("q", [-2**63]), array("Q", [2**64 - 1]), array("L", [2**64 - 1])[0])
u = array("u"); u.fromunicode("xyz"); print(u, u.tolist())

x = array("i", [1, 2]); y = array("i", [1, 3])
print(x == array("i", [1, 2]), x != y, x < y, x <= y, x > y, x >= y, array("i", [1, 2]) == array("d", [1.0, 2.0]))
print(array("i", [1]) < array("i", [1, 0]), x == [1, 2], x + y, x * 2, 2 * x, x * 0, x * -1)
z = array("i"); z += array("i", [1]); z *= 3; print(z)
print(copy.copy(x), copy.deepcopy(x), copy.copy(x) is x)
print(list(iter(array("b", [-1, -2]))), sum(array("l", range(100))), list(reversed(array("H", [1, 2]))))
print(array("i", array("i", [4, 5])), array("d", array("i", [4, 5])), array("b", (i for i in range(3))))
c = array("Q", [1]); c.fromlist([2, 3]); print(c)
try:
    c.fromlist([4, "x"])
except TypeError as e:
    print("TypeError", e, c)
print(array[int], array.__module__, array.__name__)

class A(array):
    pass
s = A("i", [1, 2])
print(type(s).__name__, s, s[0], isinstance(s, array), len(s))
info = array("d", [1, 2, 3]).buffer_info()
print(type(info[0]).__name__, info[1])
r = array("i", [1, 2, 3]).__reduce_ex__(2)
print(r[0] is array, r[1])
print(repr(array("i")), str(array("d", [1.0])))
