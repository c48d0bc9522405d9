z = complex(3, 4)
print(z, abs(z), z.real, z.imag, z.conjugate(), -z, +z)
print(1j * 1j, (1 + 2j) * (3 - 4j), (1 + 2j) / (3 - 4j), 2j ** 2, (1 + 1j) ** 0.5)
print(complex("1+2j"), complex(" 3-4.5j "), complex("j"), complex("-1.5"), complex(1.5), complex())
print(repr(1j), repr(-0j), repr(complex(0, -0.0)), repr(complex(-0.0, 0)), repr(1e300j * 1e10), complex(1, float("nan")))
print(z == 3 + 4j, z == complex(3, 4.0), 1 + 0j == 1, hash(1 + 0j) == hash(1))
print(format(z, ".2f"), format(1 + 2j, "^20"), f"{2.5j:g}")
for bad in ("1+2", "abc", "1+2jj"):
    try:
        complex(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    (1 + 2j) / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    (1 + 2j) < (2 + 3j)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1 + 2j) // 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(1j)
except TypeError as e:
    print(type(e).__name__, e)
