class D:
    def __get__(self, o, t):
        raise AttributeError("descriptor says no")
class C:
    attr = D()
    def __getattr__(self, name):
        return f"__getattr__({name})"
c = C()
print(c.attr, c.missing)
class E:
    @property
    def p(self):
        return self.undefined_thing
    def __getattr__(self, name):
        return "fallback " + name
print(E().p)
class F:
    @property
    def p(self):
        raise AttributeError("inner")
try:
    F().p
except AttributeError as e:
    print(type(e).__name__, e)
