# re.escape, the module cache, Pattern attributes/equality/hash/copy, and long subjects
# (the engine must not overflow the native stack).
import copy
import re

print(re.escape("a.b*c?d+e(f)[g]{h}|i^j$k\\l m\tn-o#p&q~r"), re.escape("é_1"))
p = re.compile(r"(?P<a>\d)(?P<b>x)?", re.I)
print(p.pattern, p.flags == re.I | re.U, p.groups, p.groupindex, type(p.groupindex).__name__)
print(dict(p.groupindex), list(p.groupindex))
print(p == re.compile(r"(?P<a>\d)(?P<b>x)?", re.I), p == re.compile(r"(?P<a>\d)"), p != 1)
print(hash(p) == hash(re.compile(r"(?P<a>\d)(?P<b>x)?", re.I)))
print(copy.copy(p) is p, copy.deepcopy(p) is p)
m = p.match("1x")
print(copy.copy(m) is m, copy.deepcopy(m) is m)
print(re.compile(p) is p, re.match(p, "1") is not None)
re.purge()
print(re.compile("(ab|cd)*e").match("ab" * 50000 + "e").span())
print(re.compile("(?:ab|cd)*?e").match("cd" * 50000 + "e").span())
print(len(re.findall(r"\w+", "word " * 20000)))
print(re.match(r"(a|b)*", "ab" * 30000).end())
print(re.search(r"x(?=y)", "x" * 100000 + "y").span())
print(re.sub(r"(\d+)", r"<\1>", "1 22 333 " * 3))
print(hasattr(re, "template"))
print(sorted(k for k in re.__all__))
