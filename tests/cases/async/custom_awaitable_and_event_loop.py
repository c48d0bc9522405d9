class Sleep:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        got = yield self.tag
        return f"woke {self.tag} with {got}"
async def worker(name, n):
    out = []
    for i in range(n):
        r = await Sleep(f"{name}{i}")
        out.append(r)
    return out
def run(*coros):
    tasks = list(coros)
    results = {}
    sends = {id(c): None for c in tasks}
    step = 0
    while tasks:
        c = tasks.pop(0)
        try:
            yielded = c.send(sends[id(c)])
            print("yielded", yielded)
            sends[id(c)] = step
            step += 1
            tasks.append(c)
        except StopIteration as e:
            results[c.__qualname__ + str(len(results))] = e.value
    return results
print(run(worker("a", 2), worker("b", 1)))
