# enum: Enum, IntEnum, StrEnum, Flag, auto, unique, lookups and errors
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
class Level(IntEnum):
    LOW = 1
    HIGH = 2
class Mode(StrEnum):
    FAST = auto()
    SLOW = auto()
print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], list(Color), len(Color))
print(Perm.R | Perm.W, Perm(7), Perm.R in (Perm.R | Perm.X), list(Perm.R | Perm.X), ~Perm.R)
print(Level.HIGH > Level.LOW, Level.HIGH + 1, Mode.FAST, Mode.SLOW.upper(), Color.RED.name, Color.RED.value)
print(isinstance(Color.RED, Color), Color.RED is Color(1), {Color.RED: "r"}[Color.RED])
try:
    Color(9)
except ValueError as e:
    print(e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
class Bits(IntFlag):
    A = 1
    B = 4
print(Planet.EARTH.mass, Bits(5), Bits.A | 2, Color.__members__.keys())
