# asyncio's event loop: tasks, gather, sleep, queues, timeouts
import asyncio
async def work(n, out):
    await asyncio.sleep(0.1 * n)
    out.append(n)
    return n * n
async def main():
    out = []
    res = await asyncio.gather(*(work(i, out) for i in (3, 1, 2)))
    print(res, out)
    t = asyncio.create_task(work(1, out))
    print(await t, t.done())
    q = asyncio.Queue()
    await q.put("x")
    print(await q.get(), q.empty())
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except TimeoutError:
        print("timed out")
    async with asyncio.timeout(0.5):
        await asyncio.sleep(0)
    ev = asyncio.Event()
    asyncio.get_running_loop().call_soon(ev.set)
    await ev.wait()
    print("event set")
    return "done"
print(asyncio.run(main()))
