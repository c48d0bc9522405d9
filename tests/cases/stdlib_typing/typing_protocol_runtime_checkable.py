# typing.Protocol with runtime_checkable isinstance checks (needs inspect)
import typing

@typing.runtime_checkable
class Proto(typing.Protocol):
    def meth(self) -> int: ...
class Impl:
    def meth(self):
        return 1
print(isinstance(Impl(), Proto), isinstance(1, Proto))
