# In 3.12 an error inside a list/set/dict comprehension has no frame of its own in the
# traceback; a generator expression still does. sys._getframe() inside one is the function.
import sys
import traceback


def listcomp(xs):
    return [1 // x for x in xs]


def setcomp(xs):
    return {1 // x for x in xs}


def dictcomp(xs):
    return {x: 1 // x for x in xs}


def genexp(xs):
    return list(1 // x for x in xs)


def nested(rows):
    return [[1 // v for v in row] for row in rows]


for fn, arg in [(listcomp, [1, 0]), (setcomp, [0]), (dictcomp, [2, 0]), (genexp, [0]), (nested, [[1], [0]])]:
    try:
        fn(arg)
    except ZeroDivisionError:
        names = [fs.name for fs in traceback.extract_tb(sys.exc_info()[2])]
        print(fn.__name__, names)


def frame_names():
    return [sys._getframe().f_code.co_name for _ in range(1)]


print(frame_names())
print([sys._getframe().f_code.co_name for _ in range(1)])
