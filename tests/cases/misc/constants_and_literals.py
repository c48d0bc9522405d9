print(0b1010, 0o17, 0xFF, 1_000_000, 0x_ff, 1e3, 1E-3, 1.5j, 0.5e1, .5, 5., 0e0, 10_0.0_1)
print(True, False, None, ..., "\x41\u0042\U00000043\N{DIGIT ONE}", b"\x41", r"\x41", len("\
"), 0 == -0, 0.0 == -0.0)
print(type(1_0).__name__, type(1e0).__name__, type(1j).__name__, type(...).__name__, int.__name__)
