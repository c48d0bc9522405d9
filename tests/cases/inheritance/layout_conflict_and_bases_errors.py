try:
    class X(int, str): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Y(list, dict): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Z(object, object): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class W(5): pass
except TypeError as e:
    print(type(e).__name__, e)
def f(): pass
try:
    class V(f): pass
except TypeError as e:
    print(type(e).__name__, e)
