# gc: enable/disable, collect, thresholds, stats shape, callbacks, is_tracked, errors
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())

print(type(gc.collect()).__name__, type(gc.collect(0)).__name__, type(gc.collect(generation=1)).__name__)
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    gc.collect("x")
except TypeError as e:
    print("TypeError", e)

print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(700, 5, 6)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
try:
    gc.set_threshold()
except TypeError as e:
    print("TypeError")

stats = gc.get_stats()
print(len(stats), [sorted(s) for s in stats])
print(all(isinstance(v, int) for s in stats for v in s.values()))
count = gc.get_count()
print(type(count).__name__, len(count), all(isinstance(c, int) for c in count))

print(gc.get_debug())
gc.set_debug(gc.DEBUG_STATS)
print(gc.get_debug())
gc.set_debug(0)
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)

phases = []
def cb(phase, info):
    phases.append((phase, sorted(info), info["generation"]))
gc.callbacks.append(cb)
gc.collect()
gc.collect(0)
gc.callbacks.remove(cb)
print(phases)
print(gc.callbacks, gc.garbage)

class C:
    pass
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked(1.5), gc.is_tracked(None))
print(gc.is_tracked([]), gc.is_tracked(C()), gc.is_tracked({}), gc.is_tracked({"a": []}), gc.is_tracked({"a": 1}))
print(gc.is_finalized(C()))
