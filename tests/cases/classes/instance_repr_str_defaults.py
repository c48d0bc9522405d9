class A:
    pass
class B:
    def __repr__(self):
        return "B-repr"
class C:
    def __str__(self):
        return "C-str"
print(repr(B()), str(B()), f"{B()}", str(C()), f"{C()}", [B()], [C()][0].__class__.__name__, "%s %r" % (B(), B()))
print(repr(A()).startswith("<__main__.A object at 0x"), str(A) , repr(A), repr(int), repr(type), str(None.__class__))
class Bad:
    def __repr__(self):
        return 5
try:
    repr(Bad())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
