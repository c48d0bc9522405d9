class Never:
    def __eq__(self, o):
        return False
    __hash__ = object.__hash__
n = Never()
print(n == n, n in [n], [n] == [n], n in (n,), n in {n}, [n].count(n), [n].index(n), (n,) == (n,))
nan = float("nan")
print(nan in [nan], [nan].count(nan), {nan: 1}.get(nan))
