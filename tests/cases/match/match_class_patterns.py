class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def m(v):
    match v:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis {yy}"
        case Point(xx, 0):
            return f"on x axis {xx}"
        case Point():
            return "some point"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int() | float():
            return "number"
        case str(s):
            return f"string {s!r}"
        case _:
            return "unknown"
for v in (Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), -4, 7, 2.5, True, "hi", None):
    print(m(v))
