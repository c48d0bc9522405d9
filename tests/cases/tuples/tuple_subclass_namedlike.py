class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return f"Point(x={self[0]}, y={self[1]})"
p = Point(1, 2)
print(p, p.x, p[1], len(p), p + (3,), type(p + (3,)).__name__, p == (1, 2), isinstance(p, tuple))
x, y = p
print(x, y, sorted([Point(2, 1), Point(1, 5)]))
