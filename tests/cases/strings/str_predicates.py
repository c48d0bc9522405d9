tests = ["abc", "ABC", "123", "١٢٣", "½", "²", "abc123", "", " \t\n", "a b", "Ab_1", "_x", "1x", "class", "³", "ǅ"]
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalnum(), t.isspace(), t.isidentifier(), t.isprintable(), t.isascii())
print("\x00".isprintable(), "é".isascii(), "\u00a0".isspace())
