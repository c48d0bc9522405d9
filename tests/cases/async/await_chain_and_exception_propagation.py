class Suspend:
    def __await__(self):
        yield "tick"
async def leaf(n):
    await Suspend()
    if n == 0:
        raise ValueError("leaf failed")
    return n
async def mid(n):
    try:
        return await leaf(n) * 10
    except ValueError as e:
        return f"mid caught: {e}"
async def top():
    a = await mid(2)
    b = await mid(0)
    return a, b
c = top()
ticks = 0
while True:
    try:
        c.send(None)
        ticks += 1
    except StopIteration as e:
        print(e.value, ticks)
        break
