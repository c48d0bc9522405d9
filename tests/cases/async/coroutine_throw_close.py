class Yield:
    def __await__(self):
        yield "suspended"
async def task():
    try:
        await Yield()
    except ValueError as e:
        print("task caught", e)
        return "handled"
    finally:
        print("task finally")
c = task()
print(c.send(None))
try:
    c.throw(ValueError("cancel"))
except StopIteration as e:
    print("returned", e.value)
c2 = task()
c2.send(None)
c2.close()
print("closed", c2.cr_frame is None)
