# _sre.template and pattern.sub/match.expand with templates (re._compile_template stand-in).
import _sre
P = []
P.append(_sre.compile('(\\w+)@(\\w+)', 32, [14, 4, 0, 3, 4294967295, 17, 0, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 17, 1, 16, 64, 17, 2, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 17, 3, 1], 2, {}, (None, None, None)))
P.append(_sre.compile('(?P<a>x)(y)?', 32, [14, 8, 1, 1, 2, 1, 0, 120, 0, 17, 0, 16, 120, 17, 1, 23, 9, 0, 1, 17, 2, 16, 121, 17, 3, 18, 1], 2, {'a': 1}, (None, 'a', None)))
P.append(_sre.compile(b'(a)', 0, [14, 8, 1, 1, 1, 1, 0, 97, 0, 17, 0, 16, 97, 17, 1, 1], 1, {}, (None, None)))
import sys
class FakeRe:
    pass
TEMPLATES = {r"\2 at \1": ['', 2, ' at ', 1, ''], r"[\g<a>|\2|\g<0>]\n": ['[', 1, '|', 2, '|', 0, ']\n'], r"\n": ['\n'], rb"<\1>": [b'<', 1, b'>'], r"\3": ['', 3, '']}
def ct(p, repl):
    return _sre.template(p, TEMPLATES[repl])
FakeRe._compile_template = staticmethod(ct)
sys.modules['re'] = FakeRe
print(P[0].sub(r"\2 at \1", "x a@b y c@d"))
print(P[0].subn(r"\n", "x a@b y c@d"))
print(P[1].sub(r"[\g<a>|\2|\g<0>]\n", "axyzx"))
print(P[1].match("xy").expand(r"[\g<a>|\2|\g<0>]\n"))
print(P[2].sub(rb"<\1>", b"bab"))
try:
    P[1].match("xy").expand(r"\3")
except IndexError as e:
    print("IndexError", e)
for bad in [[], ['a', 1], ['a', -1, 'b'], ['a', 'x', 'b'], 5]:
    try:
        _sre.template(P[0], bad)
    except TypeError as e:
        print("TypeError", e)

