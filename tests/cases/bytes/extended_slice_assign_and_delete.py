# Extended-slice assignment and deletion on bytearray and list.
b = bytearray(b"abcdefgh")
b[::2] = b"1234"; print(b)
del b[1::3]; print(b)
try:
    b[::2] = b"x"
except ValueError as e:
    print(e)
l = list(range(10)); del l[::3]; print(l); del l[5:1:-2]; print(l)
