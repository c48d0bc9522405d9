from .. import VALUE
from . import leaf
TOTAL = VALUE + leaf.LEAF
