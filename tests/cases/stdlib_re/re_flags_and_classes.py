# Flags (IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII, inline and scoped), character classes
# and Unicode semantics of \d \w \s \b.
import re

print(re.findall(r"[a-z]+", "Hello WORLD foo", re.I))
print(re.match(r"straße", "STRASSE", re.I), re.match(r"ß", "ẞ", re.I))
print(re.findall(r"(?i)k", "kK\u212a"), re.findall(r"(?ia)k", "kK\u212a"))
print(re.findall(r"(?i)[k-l]", "KlL\u212a"))
print(re.findall(r"(?i)σ", "Σσς"))
print(re.findall(r"(?i)\u0130", "i\u0130\u0131I"))
print(re.findall(r"^\w+$", "ab\ncd", re.M), re.findall(r"^\w+$", "ab\ncd"))
print(re.findall(r"\w+$", "ab\ncd\n"), re.findall(r"\Acd|ab\Z", "ab\ncd"))
print(re.match(r".+", "a\nb").group(), re.match(r".+", "a\nb", re.S).group())
print(re.match(r"(?s:.)+", "a\nb").group(), re.match(r"a(?-i:B)", "AB", re.I))
print(re.match(r"""
    (\d+)   # number
    \s*     # space
    ([a-z]+)  # word
""", "42 apples", re.X).groups())
print(re.findall(r"\w+", "héllo wörld_1 ٣٤"), re.findall(r"\w+", "héllo wörld", re.A))
print(re.findall(r"\d", "1٣५x"), re.findall(r"\d", "1٣५x", re.ASCII))
print(re.findall(r"\s", " \t\n\x0b\x0c\r\x1c\x85\xa0\u2028\u3000x"))
print(len(re.findall(r"\s", " \t\n\x0b\x0c\r\x1c\x85\xa0\u2028\u3000x", re.A)))
print(re.findall(r"\bé\w*", "été ébloui xé"), re.findall(r"\Bé", "été ébloui xé"))
print(re.findall(r"[\w-]", "a-b"), re.findall(r"[^\d\s]+", "ab 12 cd"))
print(re.findall(r"[\u4e00-\u9fff]+", "abc中文def字"))
print(re.findall(r"[^\W\d_]+", "abc_12défg"))
print(re.findall(r"\W+", "a, b; c"))
print(re.findall(r"[.^$*+?{}\[\]\\|()]", "a.b^c$d*e"))
print(re.findall(r"\x41\u0042\U00000043\101\N{LATIN SMALL LETTER D}", "ABCAd"))
for f in [0, re.I, re.M | re.S, re.X | re.A, re.I | re.M | re.S | re.U, re.DEBUG & 0]:
    print(re.compile("a", f))
print(re.compile(b"a", re.I | re.L))
print(re.compile("a" * 300))
print(re.compile("x").flags, re.compile(b"x").flags, re.compile("(?i)x").flags)
print(re.I, re.M | re.S, repr(re.A), re.RegexFlag(0))
