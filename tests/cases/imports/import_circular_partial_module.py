# circular imports see partially initialised modules; a name missing from one is an ImportError
import _imppkg.circ_a as a
import _imppkg.circ_b as b
print(b.SEEN, a.A_AFTER)
try:
    import _imppkg.circ_bad_a
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
    print(e.name)
