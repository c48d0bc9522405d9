# ModuleNotFoundError, failing module bodies, bad relative imports, __import__ argument errors
import sys
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    import _imppkg.no_such_sub
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    from _imppkg import no_such_name
except ImportError as e:
    print(str(e).split(" (")[0], e.name)
try:
    import _imppkg.broken
except RuntimeError as e:
    print("body failed:", e, "_imppkg.broken" in sys.modules)
try:
    __import__("")
except ValueError as e:
    print(e)
try:
    __import__("x", globals(), None, [], -1)
except ValueError as e:
    print(e)
try:
    __import__(5)
except TypeError as e:
    print(e)
try:
    exec("from . import x", {"__name__": "toplevel"})
except ImportError as e:
    print(e)
try:
    exec("from ... import x", {"__name__": "a.b", "__package__": "a"})
except ImportError as e:
    print(e)
sys.modules["blocked_mod"] = None
try:
    import blocked_mod
except ModuleNotFoundError as e:
    print(e)
