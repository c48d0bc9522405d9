class Ticker:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def main():
    a = [x async for x in Ticker(4)]
    b = {x: x * x async for x in Ticker(3) if x != 2}
    async def double(v):
        return v * 2
    c = [await double(x) for x in range(3)]
    return a, b, c
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
