class F:
    def __call__(self, *a, **k):
        return ("called", a, k)
print(F()(1, x=2), callable(F()), callable(F), callable(5))
class Idx:
    def __index__(self): return 2
print([10, 20, 30][Idx()], "abcd"[Idx():], bin(Idx()), hex(Idx()), range(Idx()), (5).__pow__(Idx()), [0] * Idx(), operator_index if False else "ok")
class NotIdx:
    pass
try:
    [1][NotIdx()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    NotIdx()()
except TypeError as e:
    print(type(e).__name__, e)
class IntLike:
    def __int__(self): return 7
    def __float__(self): return 7.5
    def __complex__(self): return 1j
print(int(IntLike()), float(IntLike()), complex(IntLike()))
try:
    range(IntLike())
except TypeError as e:
    print(type(e).__name__, e)
