# inspect's source helpers are built on tokenize (getblock / BlockFinder)
import inspect
import linecache


def some_function(a, b=2):
    """Doc."""
    x = f"{a!r:>{b}}"  # comment
    return x


# a comment about g
def g(x):
    def inner(y):
        return (y +
                1)
    return inner


class K:
    def method(self):
        return [i for i in
                range(3)]

    @staticmethod
    def deco(
        a,
        b,
    ):
        return '''
text
'''


lam = lambda v: v * 2  # noqa


print(inspect.getsource(some_function))
print(inspect.getsource(g))
print(inspect.getsource(g(1)))
print(inspect.getsource(K.method))
print(inspect.getsource(K.deco))
print(inspect.getsource(lam))
lines, start = inspect.getsourcelines(K.method)
print(start, len(lines))
print(repr(inspect.getcomments(g)))
print(inspect.getblock(["def h():\n", "    return 1\n", "x = 2\n"]))
print(len(linecache.getlines(__file__)) > 10)
