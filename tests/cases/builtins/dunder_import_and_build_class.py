sys_mod = __import__("sys")
print(sys_mod.__name__, sys_mod.maxsize > 0)
try:
    __import__("no_such_module_abc")
except ImportError as e:
    print(type(e).__name__, e)
def body():
    pass
Built = __build_class__(body, "Built")
print(Built.__name__, Built.__qualname__, Built.__bases__, type(Built).__name__)
Sub = __build_class__(lambda: None, "Sub", Built)
print(Sub.__name__, [k.__name__ for k in Sub.__mro__], isinstance(Sub(), Built))
try:
    __build_class__(5, "X")
except TypeError as e:
    print(type(e).__name__, e)
try:
    __build_class__(body)
except TypeError as e:
    print(type(e).__name__, e)
