# collections.abc: one-trick ponies through __subclasshook__, registered builtins, mixins
from collections.abc import (
    Hashable, Iterable, Iterator, Reversible, Sized, Container, Collection, Callable,
    Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Generator,
    ByteString, Awaitable, Coroutine, AsyncIterable, KeysView, ItemsView, ValuesView,
)
import collections

values = [
    1, 1.5, "s", b"b", bytearray(b"x"), [1], (1,), {1: 2}, {1}, frozenset(), range(3),
    iter([]), (x for x in ()), len, None, collections.deque(), collections.OrderedDict(),
    collections.Counter(), memoryview(b"ab"), {}.keys(), {}.items(), {}.values(),
]
abcs = [Hashable, Iterable, Iterator, Reversible, Sized, Container, Collection, Callable,
        Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Generator,
        KeysView, ItemsView, ValuesView]
for v in values:
    print(type(v).__name__.ljust(14), "".join("X" if isinstance(v, a) else "." for a in abcs))


class MyIter:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


class NotHashable:
    __hash__ = None


print(isinstance(MyIter(), Iterator), issubclass(MyIter, Iterable), isinstance(NotHashable(), Hashable))


class MySeq(Sequence):
    def __init__(self, *items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


s = MySeq(3, 1, 2, 1)
print(list(s), s.index(2), s.count(1), 1 in s, list(reversed(s)), isinstance(s, Reversible))


class MyMap(Mapping):
    def __init__(self, **kw):
        self.d = kw

    def __getitem__(self, k):
        return self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


m = MyMap(a=1, b=2)
print(sorted(m.keys()), m.get("a"), m.get("z", 0), "b" in m, m == {"a": 1, "b": 2})

try:
    class Incomplete(MutableMapping):
        def __getitem__(self, k):
            return 1

    Incomplete()
except TypeError as e:
    print("TypeError:", e)

# a sequence registered after the fact
class Reg:
    pass


MutableSequence.register(Reg)
print(isinstance(Reg(), Sequence), isinstance(Reg(), Iterable), issubclass(Reg, Mapping))


async def co():
    pass


c = co()
print(isinstance(c, Coroutine), isinstance(c, Awaitable), isinstance(c, AsyncIterable))
c.close()
