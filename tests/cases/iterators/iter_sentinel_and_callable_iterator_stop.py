calls = []
def producer():
    calls.append(1)
    return len(calls) if len(calls) < 4 else "STOP"
it = iter(producer, "STOP")
print(list(it), list(it), len(calls))
def raiser():
    raise StopIteration
print(list(iter(raiser, None)))
class Counter:
    def __init__(self): self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Counter(), 4)))
