async def agen():
    yield 1
    yield 2
async def main():
    it = aiter(agen())
    a = await anext(it)
    b = await anext(it)
    c = await anext(it, "end")
    return a, b, c
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
try:
    aiter([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    anext([1])
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(bool, int), issubclass(int, object), issubclass(type, type), issubclass(dict, object), issubclass(frozenset, set))
