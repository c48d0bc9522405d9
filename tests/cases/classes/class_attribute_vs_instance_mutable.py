class C:
    shared = []
    def __init__(self, v):
        self.shared.append(v)
        self.own = [v]
a, b = C(1), C(2)
print(a.shared, b.shared, a.own, b.own, a.shared is C.shared)
a.shared = ["rebound"]
print(a.shared, b.shared, C.shared)
del a.shared
print(a.shared)
