# sequence/mapping patterns follow the collection flags that abc sets
import collections
import collections.abc as cabc
import array


def kind(x):
    match x:
        case {}:
            return "mapping"
        case [*_]:
            return "sequence"
        case _:
            return "other"


class Foo:
    pass


class S1(cabc.Sequence):
    def __getitem__(self, i):
        return [1, 2][i]

    def __len__(self):
        return 2


class S2(Foo, cabc.Sequence):
    def __getitem__(self, i):
        return [1, 2][i]

    def __len__(self):
        return 2


class Duck:
    def __getitem__(self, i):
        return [1, 2][i]

    def __len__(self):
        return 2


class DuckChild(Duck):
    pass


class M(cabc.Mapping):
    def __getitem__(self, k):
        return 1

    def __len__(self):
        return 1

    def __iter__(self):
        return iter(["a"])


class L(list):
    pass


class D(dict):
    pass


print("Duck before register:", kind(Duck()), kind(DuckChild()))
cabc.Sequence.register(Duck)
print("Duck after register:", kind(Duck()), kind(DuckChild()))


class DuckGrandChild(DuckChild):
    pass


print(kind(DuckGrandChild()))


class MapDuck:
    def __getitem__(self, k):
        return 1


cabc.Mapping.register(MapDuck)
print(kind(MapDuck()))
# registering builtins changes nothing for them (immutable types)
cabc.Sequence.register(str)
print(kind("abc"), kind(b"ab"), kind(bytearray(b"a")))

for x in [S1(), S2(), M(), L(), D(), collections.deque([1]), array.array("i", [1]),
          memoryview(b"ab"), range(2), (1,), [1], {}, collections.OrderedDict(),
          collections.Counter(), collections.defaultdict(int), collections.UserDict(),
          collections.UserList(), collections.ChainMap(), set(), 3]:
    print(type(x).__name__, kind(x))

match S1():
    case [a, b]:
        print("unpacked", a, b)
match M():
    case {"a": v}:
        print("value", v)
