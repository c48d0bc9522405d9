# ABCMeta.register: virtual subclasses, isinstance/issubclass, errors
import abc


class Shape(abc.ABC):
    pass


class Square:
    pass


class Circle:
    pass


print(issubclass(Square, Shape), isinstance(Square(), Shape))
r = Shape.register(Square)
print(r is Square, issubclass(Square, Shape), isinstance(Square(), Shape))
print(Shape in Square.__mro__, issubclass(Circle, Shape))


# register as a class decorator
@Shape.register
class Triangle:
    pass


print(Triangle.__name__, issubclass(Triangle, Shape))


# subclasses of a registered class are virtual subclasses too
class BigSquare(Square):
    pass


print(issubclass(BigSquare, Shape), isinstance(BigSquare(), Shape))


# registering on a sub-ABC makes it a virtual subclass of the parent ABC
class Polygon(Shape):
    pass


class Hexagon:
    pass


Polygon.register(Hexagon)
print(issubclass(Hexagon, Polygon), issubclass(Hexagon, Shape))

# registering an existing subclass is a no-op that returns it
print(Shape.register(Polygon) is Polygon)
print(Shape.register(Shape) is Shape)

# errors
try:
    Shape.register(Square())
except TypeError as e:
    print("TypeError:", e)
try:
    Polygon.register(Shape)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    issubclass(Square(), Shape)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(1, Shape) and None
    print(isinstance(1, Shape))
except TypeError as e:
    print("TypeError:", e)

# builtins can be registered
class Number(abc.ABC):
    pass


Number.register(int)
print(isinstance(3, Number), isinstance(True, Number), isinstance(2.0, Number))
print(issubclass(bool, Number))

# tuple of ABCs
print(isinstance(Square(), (Number, Shape)), isinstance("x", (Number, Shape)))

# __class__ overrides are consulted
class Liar:
    @property
    def __class__(self):
        return Square


print(isinstance(Liar(), Shape), isinstance(Liar(), Square))
