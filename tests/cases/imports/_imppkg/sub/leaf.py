from ..helpers import twice
LEAF = twice(16)
