# dataclasses: generated methods, defaults, frozen, order, field(), asdict/astuple/replace, errors
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, KW_ONLY
@dataclass(order=True)
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list, compare=False)
@dataclass(frozen=True)
class P:
    x: int
    y: int = 2
@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 5
@dataclass(slots=True)
class S:
    v: int
    def double(self):
        return 2 * self.v
i = Item("a", 2.5)
print(i, i == Item("a", 2.5, ["x"]), sorted([Item("b", 1), Item("a", 3)]))
print(asdict(i), astuple(P(1)), replace(P(1), y=7), [f.name for f in fields(Item)])
print(hash(P(1, 2)) == hash(P(1, 2)), K(1, b=3), S(4).double(), S.__slots__)
try:
    P(1).x = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
try:
    Item()
except TypeError as e:
    print(e)
