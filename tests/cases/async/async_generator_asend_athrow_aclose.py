async def agen():
    try:
        x = yield 1
        print("got", x)
        yield 2
    finally:
        print("agen finally")
def drive(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return ("StopAsyncIteration",)
    except Exception as e:
        return ("error", type(e).__name__, str(e))
g = agen()
print(drive(g.asend(None)))
print(drive(g.asend("hello")))
print(drive(g.aclose()))
print(drive(g.__anext__()))
g2 = agen()
print(drive(g2.__anext__()))
print(drive(g2.athrow(KeyError("k"))))
