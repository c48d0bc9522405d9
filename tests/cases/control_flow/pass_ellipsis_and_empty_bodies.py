def f():
    ...
def g():
    pass
class C:
    ...
print(f(), g(), C.__name__, ..., Ellipsis is ..., repr(...), type(...).__name__, bool(...))
print(NotImplemented, type(NotImplemented).__name__, None.__class__.__name__)
if True:
    pass
while False:
    pass
print("ok")
