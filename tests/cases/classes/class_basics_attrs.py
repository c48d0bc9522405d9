class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
p = Point(3, 4)
print(p.x, p.norm2(), Point.norm2(p), p.dims, Point.dims, p.__dict__, type(p).__name__, Point.__name__, Point.__qualname__, Point.__module__)
p.dims = 3
print(p.dims, Point.dims, vars(p))
Point.dims = 5
print(Point(0, 0).dims, p.dims)
print(isinstance(p, Point), isinstance(p, object), type(Point).__name__, Point.__bases__, Point.__doc__)
