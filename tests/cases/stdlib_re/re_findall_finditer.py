# findall and finditer: no groups, one group, several groups, empty matches, pos/endpos.
import re

print(re.findall(r"\d+", "a1b22c333"))
print(re.findall(r"(\d)(\w)", "1a 2b 3"))
print(re.findall(r"(\d)\w", "1a 2b 3"))
print(re.findall(r"(a)|(b)", "abc"))
print(re.findall(r"x*", "axxb"))
print(re.findall(r"\b", "ab cd"))
print(re.findall(r"", "abc"))
print(re.findall(r"a|", "bab"))
print(re.compile(r"\w").findall("abcdef", 2, 4))
print(re.findall(r"(?m)^\w+", "one\ntwo\n three"))
for m in re.finditer(r"(?P<word>[a-z]+)(\d*)", "ab12 cd ef3"):
    print(m.span(), m.group("word"), m.group(2), m.lastgroup)
print([m.span() for m in re.finditer(r"x*", "axxb")])
it = re.compile(r"\d").finditer("1a2b3", 0, 4)
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print("done")
print(iter(it) is it)
s = re.compile(r"\w+").scanner("ab cd")
print(s.pattern.pattern, s.search(), s.search(), s.search(), s.search())
s = re.compile(r"\w").scanner("ab c")
print(s.match(), s.match(), s.match(), s.match())
print(re.findall(r"é+|\w", "ééa b"))
print(re.findall(r"[^\x00-\x7f]+", "abc\u00e9\u4e2d\U0001f600x"))
