A_BEFORE = 1
from . import circ_b
A_AFTER = 2
