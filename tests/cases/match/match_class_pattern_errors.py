class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
class TooMany:
    __match_args__ = ("a",)
    a = 1
try:
    match TooMany():
        case TooMany(1, 2):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print(type(e).__name__, e)
notaclass = 5
try:
    match 5:
        case notaclass():
            pass
except TypeError as e:
    print(type(e).__name__, e)
class Dup:
    __match_args__ = ("a",)
    a = 1
try:
    match Dup():
        case Dup(1, a=1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
