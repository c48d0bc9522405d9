# re.match / search / fullmatch, pos and endpos, Match attributes and methods.
import re

p = re.compile(r"(\w+)@(\w+)\.(?P<tld>com|org)")
m = p.search("mail bob@example.com now")
print(m)
print(m.group(), m.group(0), m.group(1), m.group(2), m.group("tld"))
print(m.group(1, 2, "tld"))
print(m.groups(), m.groupdict())
print(m.span(), m.span(1), m.start(2), m.end("tld"))
print(m.pos, m.endpos, m.lastindex, m.lastgroup, m.re is p, m.string)
print(m.regs)
print(m[0], m[1], m["tld"])
print(m.expand(r"\2 \1 \g<tld> \g<0>"))

print(re.match(r"\d+", "123abc"))
print(re.match(r"\d+", "abc123"))
print(re.search(r"\d+", "abc123def"))
print(re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"))
print(re.fullmatch(r"a|ab", "ab"))
print(re.fullmatch(r"a*?", "aaa"))

q = re.compile(r"a+")
print(q.match("baaa", 1), q.match("baaa", 1, 3), q.search("baaab", 0, 2))
print(q.match("aaa", pos=1, endpos=2))
print(q.search("aaa", -5, 100))
print(q.fullmatch("xaax", 1, 3))
print(re.compile("^a").search("ba", 1), re.compile("$").search("ab", 0, 1))
print(re.compile(r"(?<=b)a").match("ba", 1))

# optional groups that did not take part
m = re.match(r"(a)(b)?(c)?", "ac")
print(m.groups(), m.groups("-"), m.groups(default=0), m.span(2), m.start(2), m.group(2))
m = re.match(r"(?P<x>a)(?P<y>b)?", "a")
print(m.groupdict(), m.groupdict("none"), m.lastgroup, m.lastindex)
print(re.match(r"(a)|(b)", "b").lastindex, re.match(r"((a)b)", "ab").lastindex)
print(re.match(r"(?:(a)|b)+", "ab").groups())
print(re.match(r"(a)*", "aaa").span(1))

# group lookups and errors
m = re.match(r"(?P<a>x)(y)", "xy")
for g in [0, 1, 2, "a", True]:
    print(repr(g), m.group(g))
for g in [3, -1, "b", 1.5, None]:
    try:
        m.group(g)
    except IndexError as e:
        print(repr(g), "IndexError", e)
try:
    m.start(5)
except IndexError as e:
    print("IndexError", e)
try:
    m.group([1])
except (IndexError, TypeError) as e:
    print(type(e).__name__, e)

# repr of long and special matches
print(re.search("x+", "a" + "x" * 80))
print(re.match(".*", "quote'\"\n", re.S))
print(re.match("", "abc"))
print(type(m).__name__, type(p).__name__)
print(re.Pattern, re.Match)
print(re.Match[str], re.Pattern[bytes])
