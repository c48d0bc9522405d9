class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"
a = MyInt(5)
print(a, repr(a), a + 1, type(a + 1).__name__, isinstance(a, int))
print(MyInt("ff", 16), type(-a).__name__, a == 5, hash(a) == hash(5))
class Small(int):
    def __new__(cls, v):
        return super().__new__(cls, v % 10)
print(Small(123), Small(7) * 2)
print(int.__name__, type(3).__mro__)
