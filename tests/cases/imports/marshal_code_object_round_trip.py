# marshal.dumps/loads of code objects: the loaded code runs the same, nests in containers, and
# truncated data or unmarshallable objects raise as in CPython.
import marshal

src = '''
def g(a, *args, b=2, **kw):
    x = [i * a for i in range(3)]
    try:
        return x, (1.5, 2j, b"x", (None, ...)), 10**30, -7, "\u00e9", frozenset({4})
    except ZeroDivisionError:
        raise
class C:
    "doc"
    def m(self):
        return __class__
async def coro():
    return 5
def gen():
    yield from range(2)
result = g(3, 4, c=5)
'''
co = compile(src, "<marshalled>", "exec")
data = marshal.dumps(co)
print(type(data).__name__, type(marshal.loads(data)).__name__)
co2 = marshal.loads(data)
ns = {}
exec(co2, ns)
print(ns["result"], ns["C"].__doc__, ns["C"]().m().__name__, list(ns["gen"]()))
g = ns["g"]
print(g.__code__.co_varnames[:4], g.__code__.co_argcount, g.__code__.co_kwonlyargcount)
print(g.__code__.co_name, g.__code__.co_qualname, g.__code__.co_filename, g.__defaults__)
try:
    ns["coro"]().send(None)
except StopIteration as e:
    print("coro", e.value)
print(marshal.loads(memoryview(data)).co_name, marshal.loads(bytearray(data)).co_name)
t = marshal.loads(marshal.dumps((co, 1, [2], {"k": co})))
print(t[1:3], type(t[3]["k"]).__name__)
f2 = compile("1/0", "<div>", "exec")
try:
    exec(marshal.loads(marshal.dumps(f2)))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
for bad in (data[:len(data) // 2], data[:1]):
    try:
        marshal.loads(bad)
    except (EOFError, ValueError) as e:
        print(type(e).__name__, e)
for obj in (lambda: 0, object()):
    try:
        marshal.dumps(obj)
    except ValueError as e:
        print("ValueError", e)
