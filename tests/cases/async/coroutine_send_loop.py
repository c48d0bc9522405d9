async def add(a, b):
    return a + b
async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    return y
coro = main()
print(type(coro).__name__, coro.__name__, coro.__qualname__)
try:
    coro.send(None)
except StopIteration as e:
    print("result", e.value)
try:
    coro.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
