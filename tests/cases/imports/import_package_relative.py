# packages, subpackages and relative imports (from ., from .., from .x import y)
import _imppkg.sub
print(_imppkg.sub.TOTAL, _imppkg.VALUE)
from _imppkg.sub import leaf
print(leaf.LEAF, leaf.__name__, leaf.__package__)
import _imppkg.sub.leaf as L
print(L is leaf, L.__spec__.name, L.__spec__.parent)
print(_imppkg.__path__[0].endswith("_imppkg"), _imppkg.__file__.endswith("__init__.py"))
print(_imppkg.__spec__.submodule_search_locations is not None, _imppkg.sub.__spec__.origin.endswith("__init__.py"))
import sys
print(sorted(k for k in sys.modules if k.startswith("_imppkg")))
