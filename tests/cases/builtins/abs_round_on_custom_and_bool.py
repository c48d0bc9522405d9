class A:
    def __abs__(self):
        return "abs!"
print(abs(A()), abs(-0.0), abs(-True), round(True), round(-0.5), round(0.5000001), round(-1.5), round(2.675, 2))
print(round(1e16 + 1), round(123, 1), type(round(123, 1)).__name__, type(round(1.5, None)).__name__, type(round(1.5, 0)).__name__)
