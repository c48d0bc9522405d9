async def ag():
    yield 1
async def consume():
    out = [x async for x in ag()]
    try:
        async for y in 5:
            pass
    except TypeError as e:
        out.append(str(e))
    return out
try:
    consume().send(None)
except StopIteration as e:
    print(e.value)
for src in ("async def f():\n    yield 1\n    return 2\n", "async def f():\n    yield from [1]\n"):
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
