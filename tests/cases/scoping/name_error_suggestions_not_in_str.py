value = 1
try:
    valeu
except NameError as e:
    print(type(e).__name__, e, e.name)
class A:
    attribute = 1
try:
    A().attribtue
except AttributeError as e:
    print(type(e).__name__, e, e.name, type(e.obj).__name__)
