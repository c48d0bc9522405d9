# Greedy, lazy and possessive quantifiers, bounded repeats, atomic groups, nested repeats
# and zero-width iterations.
import re

s = "<a><b></b></a>"
print(re.match(r"<.*>", s).group(), re.match(r"<.*?>", s).group())
print(re.findall(r"a{2,3}", "aaaaaaa"), re.findall(r"a{2,3}?", "aaaaaaa"))
print(re.findall(r"a{2}", "aaaaa"), re.findall(r"a{,2}", "aaa"), re.findall(r"a{2,}", "a aa aaa"))
print(re.match(r"a++a", "aaa"), re.match(r"a*+b", "aab"))
print(re.match(r"(?:ab)++a", "ababa"), re.match(r"(?:ab)*+ab", "abab"))
print(re.match(r"a?+a", "a"), re.match(r"a{1,2}+a", "aaa"))
print(re.match(r"(?>a+)b", "aaab"), re.match(r"(?>a+)a", "aaa"))
print(re.match(r"(?>(a)|ab)c", "abc"), re.match(r"(?:(a)|ab)c", "abc").groups())
print(re.match(r"(a|b)*c", "ababc").groups(), re.match(r"(a|b)*?c", "ababc").groups())
print(re.match(r"(a+)+b", "aaab").groups(), re.match(r"(a*)*b", "b").groups())
print(re.match(r"(a*)+?b", "aab").groups(), re.match(r"(a|)+", "aaa").groups())
print(re.match(r"((a)|(b))+", "abab").groups())
print(re.match(r"(?:x(a)|y(b))*z", "xaybz").groups())
print(re.match(r"(ab){2,}", "abababx").span(), re.match(r"(ab){2,}?", "abababx").span())
print(re.match(r"(?:(a)|b){3}", "bab").groups())
print(re.match(r"(x+x+)+y", "x" * 16))
print(re.match(r"(a?)*?b", "aab").groups())
print(re.match(r"(?:a*?)*c", "aac").span())
print(re.match(r"(\w+?)(\d*)$", "abc123").groups())
print(re.findall(r"(?:a|ab)(c|bcd)(d*)", "abcd"))
print(re.match(r"(?:()|a)*b", "aab").groups())
print(re.match(r"(a*?)*?b", "aab").span())
