a, b = 1 + 2j, 3 - 1j
print(a + b, a - b, a * b, a / b, a ** 2, a ** 0, -a, a == 1 + 2.0j, a.conjugate() * a, abs(3 + 4j))
print(complex(1, 2) + 1, 2 * 1j, 1j ** 1j, (1j).imag, (1 + 1j) ** 2, 0j ** 0, pow(1j, 2))
for f in (lambda: 0j ** -1, lambda: (1 + 1j) % 2, lambda: divmod(1j, 1), lambda: round(1j), lambda: float(1j), lambda: 1j > 0, lambda: complex("1+2j", 1), lambda: 1j ** (1j * 1e10)):
    try:
        print(f())
    except (ZeroDivisionError, TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
