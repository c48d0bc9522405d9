class Plugin:
    registry = []
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        cls.key = key
        Plugin.registry.append(cls.__name__)
class A(Plugin, key="a"): pass
class B(A): pass
print(Plugin.registry, A.key, B.key)
try:
    class Cc(Plugin, bogus=1): pass
except TypeError as e:
    print(type(e).__name__, e)
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        return self if obj is None else f"field {self.name}"
class Model:
    first = Field()
    second = Field()
print(Model().first, Model.second.name)
