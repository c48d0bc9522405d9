class C:
    def __init__(self):
        self.a = 1
c = C()
for f in (lambda: c.b, lambda: C.b, lambda: c.a(), lambda: delattr(c, "z"), lambda: (5).x, lambda: None.foo, lambda: setattr(5, "x", 1), lambda: object().x, lambda: setattr(object(), "y", 1), lambda: getattr(c, 5), lambda: C(1), lambda: object.__new__(5)):
    try:
        print(f())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
