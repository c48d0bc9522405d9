async def f():
    return 1
c = f()
c.close()
print("closed cleanly", c.cr_running, c.cr_await)
import sys
print(type(f).__name__, f.__code__.co_flags & 0x80 != 0)
