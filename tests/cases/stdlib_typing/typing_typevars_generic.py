# _typing: TypeVar/ParamSpec/TypeVarTuple/TypeAliasType construction, typing's generics,
# substitution, unions, Protocol, PEP 695 classes and aliases
import typing
from typing import TypeVar, ParamSpec, TypeVarTuple, Generic, List, Optional, Callable, Union
import _typing

T = TypeVar("T")
K = TypeVar("K", bound=int, covariant=True)
S = TypeVar("S", int, str, contravariant=True)
I = TypeVar("I", infer_variance=True)
print(T, K, S, I, T.__name__, K.__bound__, S.__constraints__, T.__constraints__, T.__bound__)
print(T.__module__, T.__covariant__, K.__covariant__, S.__contravariant__, I.__infer_variance__)
print(List[int], Optional[T], T | int, int | T, Union[int, str], Callable[[int], T])
P = ParamSpec("P")
print(P, P.args, P.kwargs, P.args == P.args, P.args.__origin__ is P, P.__name__)
print(Callable[P, int][[str], ], Callable[P, T][[int, str], bytes])
Ts = TypeVarTuple("Ts")
print(Ts, Ts.__name__, list(Ts), tuple[typing.Unpack[Ts]])

class Box(Generic[T]):
    def __init__(self, v: T):
        self.v = v
print(Box[int], Box.__parameters__, Box(3).v, Box.__mro__)
print(List[T][int], typing.Dict[K, T][int, str])
class Pair(Box[T], Generic[T, S]):
    pass
print(Pair.__parameters__, Pair[int, str])

class C[X]:
    pass
print(C.__orig_bases__, C.__parameters__, C.__mro__, C[int])
type Alias[Y] = list[Y]
print(Alias, Alias.__value__, Alias.__type_params__, Alias[int], Alias.__name__)
A2 = typing.TypeAliasType("A2", int)
print(A2, A2.__value__, A2.__module__, A2.__type_params__)
print(_typing._idfunc(5), _typing.TypeVar is TypeVar, _typing.Generic is Generic)

for f in [lambda: TypeVar("X", int), lambda: TypeVar("X", covariant=True, contravariant=True),
          lambda: TypeVar("X", int, str, bound=int), lambda: TypeVar(1),
          lambda: TypeVar("X", covariant=True, infer_variance=True), lambda: TypeVar("X", bound=1),
          lambda: Box[int, str]]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    class Bad(T):
        pass
except TypeError as e:
    print(e)

print(typing.get_type_hints(Box.__init__), typing.get_origin(List[int]), typing.get_args(Union[int, str]))
print(typing.cast(int, "x"), typing.Any, typing.Literal[1, 2], typing.Annotated[int, "m"])
