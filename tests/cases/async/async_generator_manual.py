async def agen(n):
    for i in range(n):
        yield i * 10
    print("agen done")
async def consume():
    out = []
    async for v in agen(3):
        out.append(v)
    return out
c = consume()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
ag = agen(2)
print(type(ag).__name__, hasattr(ag, "__anext__"), hasattr(ag, "asend"))
step = ag.__anext__()
try:
    step.send(None)
except StopIteration as e:
    print("first item via StopIteration", e.value)
