# importlib.import_module, reload, util.find_spec, sys.modules identity, namespace packages
import importlib, importlib.util, sys
m = importlib.import_module("_imppkg.helpers")
print(m.twice(4), m is sys.modules["_imppkg.helpers"])
rel = importlib.import_module(".sub", "_imppkg")
print(rel.__name__)
m.EXTRA = 1
m2 = importlib.reload(m)
print(m2 is m, hasattr(m2, "EXTRA"))
print(importlib.util.find_spec("_imppkg.helpers").name, importlib.util.find_spec("nope_nope") is None)
import _impns.inner.mod as nsm
import _impns
print(nsm.WHERE, type(_impns.__path__).__name__, _impns.__file__ if hasattr(_impns, "__file__") else None)
print(_impns.__spec__.origin, _impns.__spec__.loader is not None)
spec = importlib.util.spec_from_loader("made_up", loader=None)
mod = importlib.util.module_from_spec(spec)
print(type(mod).__name__, mod.__name__, mod.__spec__ is spec)
import types
t = types.ModuleType("handmade", "doc here")
print(t.__name__, t.__doc__, repr(t))
print(repr(sys)[:22])
