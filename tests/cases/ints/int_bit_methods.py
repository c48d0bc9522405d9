for n in (0, 1, 5, 255, -255, 2 ** 64, -(2 ** 64)):
    print(n, n.bit_length(), n.bit_count())
print((10).as_integer_ratio(), (-3).as_integer_ratio())
print((5).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print((7).is_integer())
