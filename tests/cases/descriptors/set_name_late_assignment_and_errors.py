class Named:
    def __set_name__(self, owner, name):
        print("set_name called", name)
        self.name = name
class C:
    a = Named()
C.b = Named()
print(hasattr(C.b, "name"))
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("set_name failed")
try:
    class D:
        attr = Bad()
except ValueError as e:
    print(type(e).__name__, e, e.__notes__ if hasattr(e, "__notes__") else "")
