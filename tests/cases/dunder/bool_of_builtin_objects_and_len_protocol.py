for v in (0, 1, -1, 0.0, 0.1, 0j, "", " ", b"", b"\x00", [], [0], (), ((),), {}, {0: 0}, set(), range(0), range(1), None, ..., NotImplemented if False else 1):
    print(repr(v), bool(v))
