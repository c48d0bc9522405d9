from . import circ_a
SEEN = (hasattr(circ_a, "A_BEFORE"), hasattr(circ_a, "A_AFTER"))
