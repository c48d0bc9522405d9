# contextvars: ContextVar get/set/reset with tokens, Context run/copy/mapping, errors
import contextvars
from contextvars import ContextVar, Context, Token, copy_context

v = ContextVar("v", default=5)
print(v.name, v.get(), v.get(7))
t = v.set(10)
print(v.get(), t.var is v, t.old_value is Token.MISSING, Token.MISSING)
t2 = v.set(11)
print(t2.old_value)
v.reset(t2)
print(v.get())
v.reset(t)
print(v.get())

w = ContextVar("w")
try:
    w.get()
except LookupError as e:
    print("LookupError", e.args[0] is w)
print(w.get("dflt"), w.get(None))

ctx = copy_context()
def inside(x):
    v.set(x)
    w.set("in")
    return v.get(), w.get()
print(ctx.run(inside, 42))
print(v.get(), w.get("unset"))
print(ctx[v], ctx.get(w), ctx.get(ContextVar("z")), ctx.get(ContextVar("z"), 0))
print(v in ctx, len(ctx), sorted(var.name for var in ctx), sorted(var.name for var in ctx.keys()))
print(sorted(ctx.values(), key=str), sorted((k.name, val) for k, val in ctx.items()))
c2 = ctx.copy()
print(c2 == ctx, c2 is ctx, Context() == Context())
c2.run(v.set, 1)
print(c2[v], ctx[v])

# errors
for f in [lambda: ContextVar(1), lambda: ContextVar(), lambda: ctx[1], lambda: Context(1),
          lambda: Token(), lambda: v.reset(1), lambda: ctx.run()]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])

tok = v.set(3)
v.reset(tok)
try:
    v.reset(tok)
except RuntimeError as e:
    print("RuntimeError", "has already been used once" in str(e))
other = ContextVar("other")
tok = other.set(1)
try:
    v.reset(tok)
except ValueError as e:
    print("ValueError", "was created by a different ContextVar" in str(e))
tok = ctx.run(v.set, 9)
try:
    v.reset(tok)
except ValueError as e:
    print("ValueError", "was created in a different Context" in str(e))

def reenter():
    ctx.run(lambda: None)
try:
    ctx.run(reenter)
except RuntimeError as e:
    print("RuntimeError", "is already entered" in str(e))

print(repr(v).startswith("<ContextVar name='v' default=5 at 0x"), repr(w).startswith("<ContextVar name='w' at 0x"))
print(ContextVar[int], Token[str])
try:
    class Sub(ContextVar):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    hash(ctx)
except TypeError as e:
    print("TypeError", e)
print(hash(v) == hash(v))
