for s in ("plain", "it's", 'say "hi"', "both ' and \"", "tab\tnew\nline\r", "\x00\x07\x1b\x7f", "é ü ß", "\u200b\u2028", "\ud800", "😀", "\\back"):
    print(repr(s), ascii(s))
print(str(b"x"), repr("a" "b"), len("\N{GREEK SMALL LETTER ALPHA}"), "\101\x41\u0041\U00000041")
