def factory(prefix):
    class Greeter:
        def greet(self, name):
            return f"{prefix}, {name}"
        @classmethod
        def which(cls):
            return prefix
    return Greeter
G = factory("Hi")
H = factory("Yo")
print(G().greet("a"), H().greet("b"), G.which(), H.which())
def counter_class():
    count = 0
    class C:
        def inc(self):
            nonlocal count
            count += 1
            return count
    return C
C = counter_class()
c1, c2 = C(), C()
print(c1.inc(), c2.inc(), c1.inc())
