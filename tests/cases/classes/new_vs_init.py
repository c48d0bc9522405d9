class S:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        inst = super().__new__(cls)
        return inst
    def __init__(self, *args):
        print("init", args)
s = S(1, 2)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(Other())
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Single() is Single())
class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print(type(e).__name__, e)
class InitOnly:
    def __init__(self):
        pass
try:
    InitOnly(1)
except TypeError as e:
    print(type(e).__name__, e)
class InitRet:
    def __init__(self):
        return 1
try:
    InitRet()
except TypeError as e:
    print(type(e).__name__, e)
