class NotAwaitable:
    pass
async def f():
    await NotAwaitable()
try:
    f().send(None)
except TypeError as e:
    print(type(e).__name__, e)
class BadAwait:
    def __await__(self):
        return 5
async def g():
    await BadAwait()
try:
    g().send(None)
except TypeError as e:
    print(type(e).__name__, e)
async def h():
    return 1
async def j():
    await h
try:
    j().send(None)
except TypeError as e:
    print(type(e).__name__, e)
for src in ("await x", "def f():\n    await x\n", "def f():\n    async for x in y: pass\n"):
    try:
        compile(src, "<s>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
