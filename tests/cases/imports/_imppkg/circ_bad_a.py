from ._circ_helper import nothing
from .circ_bad_b import B
