def f():
    len = lambda x: 42
    return len([1])
print(f(), len([1]))
print = print
list_ = list
def g():
    return list_("ab")
print(g())
import builtins
builtins.my_builtin = "from builtins"
print(my_builtin)
del builtins.my_builtin
try:
    my_builtin
except NameError as e:
    print(type(e).__name__, e)
