print([10, 20][True], "abc"[False], 5 * True, range(True, 3), (1, 2)[-True], [0] * False)
print(int("10") + True, bool(2) is True, 2 == True, True + True + True, sum([True] * 5))
print((255).__index__(), int.__index__(7), (3).__round__(), (3).__trunc__(), (-3).__abs__(), (5).__neg__(), (5).__invert__())
print(int.from_bytes(bytes([1, 2, 3]), "big"), (66051).to_bytes(3, "big"), int("-0"), -0, +0, 0 == -0)
