for obj in ([1], (1,), "s", {1: 2}, {1}, range(1), b"b", bytearray(b"c"), {1: 2}.items(), {1: 2}.values(), enumerate([]), zip(), map(int, []), reversed([1]), iter(lambda: 0, 0)):
    it = iter(obj)
    print(type(it).__name__, iter(it) is it)
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
