class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        setattr(self._target, name, value)
class T:
    pass
t = T()
p = Proxy(t)
p.x = 5
print(t.x, p.x, sorted(vars(p)), vars(t))
try:
    p.missing
except AttributeError as e:
    print(type(e).__name__, e)
