import sys as system
from sys import maxsize as m
print(system.maxsize == m, type(system).__name__, system.__name__)
try:
    import definitely_missing_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from sys import nonexistent_thing
except ImportError as e:
    print(type(e).__name__, e)
