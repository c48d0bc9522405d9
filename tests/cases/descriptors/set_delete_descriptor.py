class Validated:
    def __set_name__(self, owner, name):
        self.private = "_" + name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return getattr(obj, self.private, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.private[1:]} must be int, got {type(value).__name__}")
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        print("delete", self.private)
        delattr(obj, self.private)
class Item:
    qty = Validated()
    price = Validated()
i = Item()
print(i.qty)
i.qty = 3
print(i.qty, vars(i))
try:
    i.price = "cheap"
except TypeError as e:
    print(type(e).__name__, e)
del i.qty
print(i.qty)
