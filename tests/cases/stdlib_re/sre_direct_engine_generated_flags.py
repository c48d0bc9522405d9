# _sre engine on generated patterns with flags, backreferences, conditionals, Unicode subjects.
import _sre
P = _sre.compile('é{0,3}?(?i:A)', 48, [14, 4, 0, 1, 4, 26, 6, 0, 3, 16, 233, 1, 40, 97, 1], 0, {}, (None,))
s = 'éÉA1'
try:
    m = P.search(s); print(0, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(0, 'ERR', type(e).__name__, e)
P = _sre.compile('((?=\\s)?+(?i:A)++)', 258, [14, 4, 0, 1, 4294967295, 17, 0, 28, 12, 0, 1, 4, 8, 0, 13, 4, 8, 2, 0, 1, 1, 29, 6, 1, 4294967295, 32, 97, 1, 17, 1, 1], 1, {}, (None, None))
s = '1Ab\néb\nx1 '
try:
    m = P.search(s); print(1, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(1, 'ERR', type(e).__name__, e)
P = _sre.compile('é+', 34, [14, 4, 0, 1, 4294967295, 24, 6, 1, 4294967295, 40, 233, 1, 1], 0, {}, (None,))
s = 'ÉÉ '
try:
    m = P.search(s); print(2, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(2, 'ERR', type(e).__name__, e)
P = _sre.compile('(?P<n86200>((?<!b)*)?+x+)??', 258, [14, 4, 0, 0, 4294967295, 23, 34, 0, 1, 17, 0, 28, 18, 0, 1, 17, 2, 23, 9, 0, 4294967295, 5, 5, 1, 32, 98, 1, 18, 17, 3, 1, 24, 6, 1, 4294967295, 32, 120, 1, 17, 1, 19, 1], 2, {'n86200': 1}, (None, 'n86200', None))
s = '\nBÉÉ1b\n\n '
try:
    m = P.search(s); print(3, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(3, 'ERR', type(e).__name__, e)
P = _sre.compile('(?<=a)*((?(1)a|b)*){0,3}?', 256, [14, 4, 0, 0, 4294967295, 23, 9, 0, 4294967295, 4, 5, 1, 16, 97, 1, 18, 23, 21, 0, 3, 17, 0, 23, 12, 0, 4294967295, 12, 0, 6, 16, 97, 15, 3, 16, 98, 18, 17, 1, 19, 1], 1, {}, (None, None))
s = '1ÉBÉbA\n'
try:
    m = P.search(s); print(4, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(4, 'ERR', type(e).__name__, e)
P = _sre.compile('[à-ü]*(?<=a)*?', 42, [14, 4, 0, 0, 4294967295, 24, 10, 0, 4294967295, 39, 5, 22, 224, 252, 0, 1, 23, 9, 0, 4294967295, 4, 5, 1, 40, 97, 1, 19, 1], 0, {}, (None,))
s = 'ÉB\n\nbBA\nB '
try:
    m = P.search(s); print(5, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(5, 'ERR', type(e).__name__, e)
P = _sre.compile('[à-ü]*+', 34, [14, 4, 0, 0, 4294967295, 29, 10, 0, 4294967295, 39, 5, 22, 224, 252, 0, 1, 1], 0, {}, (None,))
s = '1bxéBéba bA'
try:
    m = P.search(s); print(6, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(6, 'ERR', type(e).__name__, e)
P = _sre.compile('[a-c]*?', 32, [14, 4, 0, 0, 4294967295, 26, 10, 0, 4294967295, 13, 5, 22, 97, 99, 0, 1, 1], 0, {}, (None,))
s = 'A aA\n'
try:
    m = P.search(s); print(7, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(7, 'ERR', type(e).__name__, e)
P = _sre.compile('[ab]*', 34, [14, 4, 0, 0, 4294967295, 24, 10, 0, 4294967295, 39, 5, 22, 97, 98, 0, 1, 1], 0, {}, (None,))
s = 'ÉBax '
try:
    m = P.search(s); print(8, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(8, 'ERR', type(e).__name__, e)
P = _sre.compile('[ab]?', 256, [14, 4, 0, 0, 1, 24, 10, 0, 1, 13, 5, 22, 97, 98, 0, 1, 1], 0, {}, (None,))
s = ' b BaÉ\n 1b'
try:
    m = P.search(s); print(9, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(9, 'ERR', type(e).__name__, e)
P = _sre.compile('[^a]+\\s??', 258, [14, 4, 0, 1, 4294967295, 24, 6, 1, 4294967295, 33, 97, 1, 26, 9, 0, 1, 13, 4, 8, 2, 0, 1, 1], 0, {}, (None,))
s = 'é'
try:
    m = P.search(s); print(10, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(10, 'ERR', type(e).__name__, e)
P = _sre.compile('[à-ü]+?\\w*?', 32, [14, 4, 0, 1, 4294967295, 26, 10, 1, 4294967295, 13, 5, 22, 224, 252, 0, 1, 26, 9, 0, 4294967295, 13, 4, 8, 14, 0, 1, 1], 0, {}, (None,))
s = 'Éa A\nAééx x'
try:
    m = P.search(s); print(11, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(11, 'ERR', type(e).__name__, e)
P = _sre.compile('\\w?', 48, [14, 4, 0, 0, 1, 24, 9, 0, 1, 13, 4, 8, 14, 0, 1, 1], 0, {}, (None,))
s = 'ÉAbÉ'
try:
    m = P.search(s); print(12, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(12, 'ERR', type(e).__name__, e)
P = _sre.compile('x?+', 256, [14, 4, 0, 0, 1, 29, 6, 0, 1, 16, 120, 1, 1], 0, {}, (None,))
s = ''
try:
    m = P.search(s); print(13, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(13, 'ERR', type(e).__name__, e)
P = _sre.compile('((?=b??.+)?+|(?=[a-c]??é?+\\d{1,2})??[a-c]b++)*+(?<=a)', 48, [14, 4, 0, 0, 4294967295, 28, 87, 0, 4294967295, 17, 0, 7, 25, 28, 20, 0, 1, 4, 16, 0, 26, 6, 0, 1, 16, 98, 1, 24, 5, 1, 4294967295, 3, 1, 1, 1, 15, 55, 53, 23, 35, 0, 1, 4, 31, 0, 26, 10, 0, 1, 13, 5, 22, 97, 99, 0, 1, 29, 6, 0, 1, 16, 233, 1, 24, 9, 1, 2, 13, 4, 8, 10, 0, 1, 1, 19, 13, 5, 22, 97, 99, 0, 29, 6, 1, 4294967295, 16, 98, 1, 15, 2, 0, 17, 1, 1, 4, 5, 1, 16, 97, 1, 1], 1, {}, (None, None))
s = 'bÉébA\n1\nx'
try:
    m = P.search(s); print(14, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(14, 'ERR', type(e).__name__, e)
P = _sre.compile('(?=[ab]{0,3}?)*(?i:A)*?(?!b*?(?i:A)++x+)+', 48, [14, 4, 0, 0, 4294967295, 23, 18, 0, 4294967295, 4, 14, 0, 26, 10, 0, 3, 13, 5, 22, 97, 98, 0, 1, 1, 18, 26, 6, 0, 4294967295, 40, 97, 1, 23, 28, 1, 4294967295, 5, 24, 0, 26, 6, 0, 4294967295, 16, 98, 1, 29, 6, 1, 4294967295, 40, 97, 1, 24, 6, 1, 4294967295, 16, 120, 1, 1, 18, 1], 0, {}, (None,))
s = 'x\naé\n'
try:
    m = P.search(s); print(15, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(15, 'ERR', type(e).__name__, e)
P = _sre.compile('(?!\\w[^a]{1,2}b){0,3}?(?<!b)*', 42, [14, 4, 0, 0, 0, 23, 21, 0, 3, 5, 17, 0, 13, 4, 8, 14, 0, 24, 6, 1, 2, 41, 97, 1, 40, 98, 1, 19, 23, 9, 0, 4294967295, 5, 5, 1, 40, 98, 1, 18, 1], 0, {}, (None,))
s = 'ax1ÉBbA 1'
try:
    m = P.search(s); print(16, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(16, 'ERR', type(e).__name__, e)
P = _sre.compile('a', 256, [14, 8, 3, 1, 1, 1, 1, 97, 0, 16, 97, 1], 0, {}, (None,))
s = 'xxbxéBAÉxB'
try:
    m = P.search(s); print(17, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(17, 'ERR', type(e).__name__, e)
P = _sre.compile('[^a]{0,3}?', 34, [14, 4, 0, 0, 3, 26, 6, 0, 3, 41, 97, 1, 1], 0, {}, (None,))
s = '\nBaAab\nA'
try:
    m = P.search(s); print(18, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(18, 'ERR', type(e).__name__, e)
P = _sre.compile('x+[^a].{0,3}?', 40, [14, 4, 0, 2, 4294967295, 24, 6, 1, 4294967295, 16, 120, 1, 20, 97, 26, 5, 0, 3, 2, 1, 1], 0, {}, (None,))
s = 'Aab1B'
try:
    m = P.search(s); print(19, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(19, 'ERR', type(e).__name__, e)
P = _sre.compile('\\w*', 42, [14, 4, 0, 0, 4294967295, 24, 9, 0, 4294967295, 13, 4, 8, 14, 0, 1, 1], 0, {}, (None,))
s = 'B1Éxé'
try:
    m = P.search(s); print(20, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(20, 'ERR', type(e).__name__, e)
P = _sre.compile('.?\\s*?', 258, [14, 4, 0, 0, 4294967295, 24, 5, 0, 1, 2, 1, 26, 9, 0, 4294967295, 13, 4, 8, 2, 0, 1, 1], 0, {}, (None,))
s = 'baÉ'
try:
    m = P.search(s); print(21, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(21, 'ERR', type(e).__name__, e)
P = _sre.compile('[a-c]??.*+', 256, [14, 4, 0, 0, 4294967295, 26, 10, 0, 1, 13, 5, 22, 97, 99, 0, 1, 29, 5, 0, 4294967295, 2, 1, 1], 0, {}, (None,))
s = 'bB1'
try:
    m = P.search(s); print(22, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(22, 'ERR', type(e).__name__, e)
P = _sre.compile('b*', 48, [14, 4, 0, 0, 4294967295, 24, 6, 0, 4294967295, 16, 98, 1, 1], 0, {}, (None,))
s = 'é'
try:
    m = P.search(s); print(23, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(23, 'ERR', type(e).__name__, e)
P = _sre.compile('(?=(?:(?<=a)+?\\s++)*+)??', 32, [14, 4, 0, 0, 0, 23, 33, 0, 1, 4, 29, 0, 28, 24, 0, 4294967295, 23, 9, 1, 4294967295, 4, 5, 1, 16, 97, 1, 19, 29, 9, 1, 4294967295, 13, 4, 8, 12, 0, 1, 1, 1, 19, 1], 0, {}, (None,))
s = 'B1A1 \n\n11'
try:
    m = P.search(s); print(24, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(24, 'ERR', type(e).__name__, e)
P = _sre.compile('x*?\\s*+(?<!b)', 258, [14, 4, 0, 0, 4294967295, 26, 6, 0, 4294967295, 32, 120, 1, 29, 9, 0, 4294967295, 13, 4, 8, 2, 0, 1, 5, 5, 1, 32, 98, 1, 1], 0, {}, (None,))
s = 'A1é\nA '
try:
    m = P.search(s); print(25, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(25, 'ERR', type(e).__name__, e)
P = _sre.compile('[ab]{0,3}?(?:(?:(?![a-c])|(a*?[ab]?+)*(?(1)a|b)(\\1\\w{2}\\s+?)?+)*?(?(1)a|b)+(?:é?)?){0,3}?\\d++|(?!\\s++[ab]?+a)?é', 256, [14, 4, 0, 1, 4294967295, 7, 145, 26, 10, 0, 3, 13, 5, 22, 97, 98, 0, 1, 23, 119, 0, 3, 23, 88, 0, 4294967295, 7, 13, 5, 9, 0, 13, 5, 22, 97, 99, 0, 1, 15, 72, 70, 23, 25, 0, 4294967295, 17, 0, 26, 6, 0, 4294967295, 16, 97, 1, 29, 10, 0, 1, 13, 5, 22, 97, 98, 0, 1, 17, 1, 18, 12, 0, 6, 16, 97, 15, 3, 16, 98, 28, 29, 0, 1, 17, 2, 11, 0, 24, 9, 2, 2, 13, 4, 8, 4, 0, 1, 26, 9, 1, 4294967295, 13, 4, 8, 2, 0, 1, 17, 3, 1, 15, 2, 0, 19, 23, 12, 1, 4294967295, 12, 0, 6, 16, 97, 15, 3, 16, 98, 18, 23, 10, 0, 1, 24, 6, 0, 1, 16, 233, 1, 18, 19, 29, 9, 1, 4294967295, 13, 4, 8, 0, 0, 1, 15, 39, 37, 23, 30, 0, 1, 5, 26, 0, 29, 9, 1, 4294967295, 13, 4, 8, 2, 0, 1, 29, 10, 0, 1, 13, 5, 22, 97, 98, 0, 1, 16, 97, 1, 18, 16, 233, 15, 2, 0, 1], 2, {}, (None, None, None))
s = 'BBbbba1'
try:
    m = P.search(s); print(26, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(26, 'ERR', type(e).__name__, e)
P = _sre.compile('[ab]??', 32, [14, 4, 0, 0, 1, 26, 10, 0, 1, 13, 5, 22, 97, 98, 0, 1, 1], 0, {}, (None,))
s = 'BxÉx'
try:
    m = P.search(s); print(27, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(27, 'ERR', type(e).__name__, e)
P = _sre.compile('(?!(é{2})*?.)?', 40, [14, 4, 0, 0, 0, 23, 24, 0, 1, 5, 20, 0, 23, 14, 0, 4294967295, 17, 0, 24, 6, 2, 2, 16, 233, 1, 17, 1, 19, 2, 1, 18, 1], 1, {}, (None, None))
s = ' \n11\nAxA'
try:
    m = P.search(s); print(28, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(28, 'ERR', type(e).__name__, e)
P = _sre.compile('((?i:A)+)*b*([a-c]++)++', 34, [14, 4, 0, 1, 4294967295, 23, 14, 0, 4294967295, 17, 0, 24, 6, 1, 4294967295, 40, 97, 1, 17, 1, 18, 24, 6, 0, 4294967295, 40, 98, 1, 28, 18, 1, 4294967295, 17, 2, 29, 10, 1, 4294967295, 39, 5, 22, 97, 99, 0, 1, 17, 3, 1, 1], 2, {}, (None, None, None))
s = 'xAxÉÉAaÉ B'
try:
    m = P.search(s); print(29, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(29, 'ERR', type(e).__name__, e)
P = _sre.compile('[^a]', 48, [14, 4, 0, 1, 1, 20, 97, 1], 0, {}, (None,))
s = ''
try:
    m = P.search(s); print(30, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(30, 'ERR', type(e).__name__, e)
P = _sre.compile('(?:b?+([à-ü]?é+?(?=x*?x+?)*?)??)*+$', 258, [14, 4, 0, 0, 4294967295, 28, 60, 0, 4294967295, 29, 6, 0, 1, 32, 98, 1, 23, 48, 0, 1, 17, 0, 24, 10, 0, 1, 13, 5, 22, 224, 252, 0, 1, 26, 6, 1, 4294967295, 16, 233, 1, 23, 21, 0, 4294967295, 4, 17, 0, 26, 6, 0, 4294967295, 32, 120, 1, 26, 6, 1, 4294967295, 32, 120, 1, 1, 19, 17, 1, 19, 1, 6, 5, 1], 1, {}, (None, None))
s = 'AÉabaxb'
try:
    m = P.search(s); print(31, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(31, 'ERR', type(e).__name__, e)
P = _sre.compile('é{0,3}?', 42, [14, 4, 0, 0, 3, 26, 6, 0, 3, 40, 233, 1, 1], 0, {}, (None,))
s = '1abéABbbb'
try:
    m = P.search(s); print(32, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(32, 'ERR', type(e).__name__, e)
P = _sre.compile('(?<=a)x', 40, [14, 4, 0, 1, 1, 4, 5, 1, 16, 97, 1, 16, 120, 1], 0, {}, (None,))
s = '1 b 1x 1b'
try:
    m = P.search(s); print(33, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(33, 'ERR', type(e).__name__, e)
P = _sre.compile('(?<!b)([a-c]+?)[^a]+?', 258, [14, 4, 0, 2, 4294967295, 5, 5, 1, 32, 98, 1, 17, 0, 26, 10, 1, 4294967295, 31, 5, 22, 97, 99, 0, 1, 17, 1, 26, 6, 1, 4294967295, 33, 97, 1, 1], 1, {}, (None, None))
s = '1 ÉA\n\nébb\nA'
try:
    m = P.search(s); print(34, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(34, 'ERR', type(e).__name__, e)
P = _sre.compile('\\w+?', 256, [14, 4, 0, 1, 4294967295, 26, 9, 1, 4294967295, 13, 4, 8, 4, 0, 1, 1], 0, {}, (None,))
s = 'xabbAA\n x'
try:
    m = P.search(s); print(35, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(35, 'ERR', type(e).__name__, e)
P = _sre.compile('x', 32, [14, 8, 3, 1, 1, 1, 1, 120, 0, 16, 120, 1], 0, {}, (None,))
s = '1a11'
try:
    m = P.search(s); print(36, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(36, 'ERR', type(e).__name__, e)
P = _sre.compile('(?=a(?P<n50505>\\w?x*?){0,3}?){1,2}[a-c]?+', 34, [14, 4, 0, 0, 1, 23, 35, 1, 2, 4, 31, 0, 40, 97, 23, 24, 0, 3, 17, 0, 24, 9, 0, 1, 13, 4, 8, 14, 0, 1, 26, 6, 0, 4294967295, 40, 120, 1, 17, 1, 19, 1, 18, 29, 10, 0, 1, 39, 5, 22, 97, 99, 0, 1, 1], 1, {'n50505': 1}, (None, 'n50505'))
s = 'BBb1é \né bB'
try:
    m = P.search(s); print(37, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(37, 'ERR', type(e).__name__, e)
P = _sre.compile('x??', 40, [14, 4, 0, 0, 1, 26, 6, 0, 1, 16, 120, 1, 1], 0, {}, (None,))
s = ' abx 1BABBb\n'
try:
    m = P.search(s); print(38, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(38, 'ERR', type(e).__name__, e)
P = _sre.compile('(?:(\\d)+?)?', 34, [14, 4, 0, 0, 4294967295, 23, 17, 0, 1, 23, 12, 1, 4294967295, 17, 0, 13, 4, 8, 10, 0, 17, 1, 19, 18, 1], 1, {}, (None, None))
s = 'A b1b'
try:
    m = P.search(s); print(39, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(39, 'ERR', type(e).__name__, e)
P = _sre.compile('((?=(?=[^a]a?)*){1,2}(?P<n95413>(?i:A)??[ab]++(b+a??é?+)+?|$)++((?:.+?)+?)*?)*+', 258, [14, 4, 0, 0, 4294967295, 28, 121, 0, 4294967295, 17, 0, 23, 25, 1, 2, 4, 21, 0, 23, 16, 0, 4294967295, 4, 12, 0, 33, 97, 24, 6, 0, 1, 32, 97, 1, 1, 18, 1, 18, 28, 65, 1, 4294967295, 17, 2, 7, 51, 26, 6, 0, 1, 32, 97, 1, 29, 10, 1, 4294967295, 31, 5, 22, 97, 98, 0, 1, 23, 28, 1, 4294967295, 17, 4, 24, 6, 1, 4294967295, 32, 98, 1, 26, 6, 0, 1, 32, 97, 1, 29, 6, 0, 1, 16, 233, 1, 17, 5, 19, 15, 7, 5, 6, 5, 15, 2, 0, 17, 3, 1, 23, 18, 0, 4294967295, 17, 6, 23, 9, 1, 4294967295, 26, 5, 1, 4294967295, 2, 1, 19, 17, 7, 19, 17, 1, 1, 1], 4, {'n95413': 2}, (None, None, 'n95413', None, None))
s = ''
try:
    m = P.search(s); print(40, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(40, 'ERR', type(e).__name__, e)
P = _sre.compile('^', 42, [14, 4, 0, 0, 0, 6, 1, 1], 0, {}, (None,))
s = 'Éb'
try:
    m = P.search(s); print(41, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(41, 'ERR', type(e).__name__, e)
P = _sre.compile('\\d', 48, [14, 7, 4, 1, 1, 8, 10, 0, 13, 4, 8, 10, 0, 1], 0, {}, (None,))
s = 'B\n'
try:
    m = P.search(s); print(42, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(42, 'ERR', type(e).__name__, e)
P = _sre.compile('(?=\\w{2}.?[^a]*?)[^a]??', 42, [14, 4, 0, 0, 1, 4, 26, 0, 24, 9, 2, 2, 13, 4, 8, 14, 0, 1, 24, 5, 0, 1, 2, 1, 26, 6, 0, 4294967295, 41, 97, 1, 1, 26, 6, 0, 1, 41, 97, 1, 1], 0, {}, (None,))
s = 'aéB x \néxx'
try:
    m = P.search(s); print(43, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(43, 'ERR', type(e).__name__, e)
P = _sre.compile('(?:[^a]){1,2}.*', 256, [14, 4, 0, 1, 4294967295, 24, 6, 1, 2, 20, 97, 1, 24, 5, 0, 4294967295, 2, 1, 1], 0, {}, (None,))
s = 'a1\nA bb'
try:
    m = P.search(s); print(44, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(44, 'ERR', type(e).__name__, e)
P = _sre.compile('b{2}\\s??', 34, [14, 4, 0, 2, 3, 24, 6, 2, 2, 40, 98, 1, 26, 9, 0, 1, 13, 4, 8, 12, 0, 1, 1], 0, {}, (None,))
s = 'Bé\n11'
try:
    m = P.search(s); print(45, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(45, 'ERR', type(e).__name__, e)
P = _sre.compile('b{0,3}?(?=[à-ü]??(^)+){2}', 32, [14, 4, 0, 0, 3, 26, 6, 0, 3, 16, 98, 1, 23, 29, 2, 2, 4, 25, 0, 26, 10, 0, 1, 13, 5, 22, 224, 252, 0, 1, 23, 9, 1, 4294967295, 17, 0, 6, 0, 17, 1, 18, 1, 18, 1], 1, {}, (None, None))
s = 'éA'
try:
    m = P.search(s); print(46, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(46, 'ERR', type(e).__name__, e)
P = _sre.compile('\\d{0,3}?\\s+?', 42, [14, 4, 0, 1, 4294967295, 26, 9, 0, 3, 13, 4, 8, 10, 0, 1, 26, 9, 1, 4294967295, 13, 4, 8, 12, 0, 1, 1], 0, {}, (None,))
s = 'Éb\nÉ\n1é bé\n'
try:
    m = P.search(s); print(47, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(47, 'ERR', type(e).__name__, e)
P = _sre.compile('(?P<n32345>(?!($)+?)*+(?:(?(1)a|b){1,2}[ab]?(?i:A)+?)*[ab])[a-c]?+[ab]+', 48, [14, 4, 0, 2, 4294967295, 17, 0, 28, 18, 0, 4294967295, 5, 14, 0, 23, 9, 1, 4294967295, 17, 2, 6, 5, 17, 3, 19, 1, 1, 23, 35, 0, 4294967295, 23, 12, 1, 2, 12, 0, 6, 16, 97, 15, 3, 16, 98, 18, 24, 10, 0, 1, 13, 5, 22, 97, 98, 0, 1, 26, 6, 1, 4294967295, 40, 97, 1, 18, 13, 5, 22, 97, 98, 0, 17, 1, 29, 10, 0, 1, 13, 5, 22, 97, 99, 0, 1, 24, 10, 1, 4294967295, 13, 5, 22, 97, 98, 0, 1, 1], 2, {'n32345': 1}, (None, 'n32345', None))
s = ' BÉxÉ1'
try:
    m = P.search(s); print(48, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(48, 'ERR', type(e).__name__, e)
P = _sre.compile('(?=b+?(?i:A)??)?+(?:é+a*+)++', 34, [14, 4, 0, 1, 4294967295, 28, 21, 0, 1, 4, 17, 0, 26, 6, 1, 4294967295, 40, 98, 1, 26, 6, 0, 1, 40, 97, 1, 1, 1, 28, 17, 1, 4294967295, 24, 6, 1, 4294967295, 40, 233, 1, 29, 6, 0, 4294967295, 40, 97, 1, 1, 1], 0, {}, (None,))
s = 'Bxéb AA éax'
try:
    m = P.search(s); print(49, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(49, 'ERR', type(e).__name__, e)
P = _sre.compile('(([à-ü]*+(?i:A)*?)+?([à-ü]x*+(?<=a)){0,3}?(?P<n83103>a*(?(1)a|b))+?)??[à-ü]*+.??', 258, [14, 4, 0, 0, 4294967295, 23, 87, 0, 1, 17, 0, 23, 25, 1, 4294967295, 17, 2, 29, 10, 0, 4294967295, 13, 5, 22, 224, 252, 0, 1, 26, 6, 0, 4294967295, 32, 97, 1, 17, 3, 19, 23, 26, 0, 3, 17, 4, 13, 5, 22, 224, 252, 0, 29, 6, 0, 4294967295, 32, 120, 1, 4, 5, 1, 32, 97, 1, 17, 5, 19, 23, 23, 1, 4294967295, 17, 6, 24, 6, 0, 4294967295, 32, 97, 1, 12, 0, 6, 32, 97, 15, 3, 32, 98, 17, 7, 19, 17, 1, 19, 29, 10, 0, 4294967295, 13, 5, 22, 224, 252, 0, 1, 26, 5, 0, 1, 2, 1, 1], 4, {'n83103': 4}, (None, None, None, None, 'n83103'))
s = 'BaÉéaBA'
try:
    m = P.search(s); print(50, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(50, 'ERR', type(e).__name__, e)
P = _sre.compile('[ab](?<=a)*+((?<!b)+|(?=[a-c]++x{1,2}(?i:A)*)+?)?', 48, [14, 8, 4, 1, 1, 22, 97, 98, 0, 13, 5, 22, 97, 98, 0, 28, 9, 0, 4294967295, 4, 5, 1, 16, 97, 1, 1, 23, 60, 0, 1, 17, 0, 7, 14, 23, 9, 1, 4294967295, 5, 5, 1, 16, 98, 1, 18, 15, 39, 37, 23, 32, 1, 4294967295, 4, 28, 0, 29, 10, 1, 4294967295, 13, 5, 22, 97, 99, 0, 1, 24, 6, 1, 2, 16, 120, 1, 24, 6, 0, 4294967295, 40, 97, 1, 1, 19, 15, 2, 0, 17, 1, 18, 1], 1, {}, (None, None))
s = '1Bb Aaaa\n'
try:
    m = P.search(s); print(51, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(51, 'ERR', type(e).__name__, e)
P = _sre.compile('((a{0,3}?é*\\w?+)?)??', 32, [14, 4, 0, 0, 4294967295, 23, 40, 0, 1, 17, 0, 23, 31, 0, 1, 17, 2, 26, 6, 0, 3, 16, 97, 1, 24, 6, 0, 4294967295, 16, 233, 1, 29, 9, 0, 1, 13, 4, 8, 14, 0, 1, 17, 3, 18, 17, 1, 19, 1], 2, {}, (None, None, None))
s = '\na'
try:
    m = P.search(s); print(52, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(52, 'ERR', type(e).__name__, e)
P = _sre.compile('é[a-c]*', 42, [14, 4, 0, 1, 4294967295, 40, 233, 24, 10, 0, 4294967295, 39, 5, 22, 97, 99, 0, 1, 1], 0, {}, (None,))
s = 'xAa \nABaA\n\nA'
try:
    m = P.search(s); print(53, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(53, 'ERR', type(e).__name__, e)
P = _sre.compile('[^a]', 258, [14, 4, 0, 1, 1, 33, 97, 1], 0, {}, (None,))
s = 'é 1 B'
try:
    m = P.search(s); print(54, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(54, 'ERR', type(e).__name__, e)
P = _sre.compile('(?:(?=\\w{1,2}b.{0,3}?){0,3}?)*|[^a]++', 34, [14, 4, 0, 0, 4294967295, 7, 35, 23, 30, 0, 4294967295, 23, 25, 0, 3, 4, 21, 0, 24, 9, 1, 2, 13, 4, 8, 14, 0, 1, 40, 98, 26, 5, 0, 3, 2, 1, 1, 19, 18, 15, 12, 10, 29, 6, 1, 4294967295, 41, 97, 1, 15, 2, 0, 1], 0, {}, (None,))
s = '\nx\nB É B'
try:
    m = P.search(s); print(55, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(55, 'ERR', type(e).__name__, e)
P = _sre.compile('\\Z', 32, [14, 4, 0, 0, 0, 6, 7, 1], 0, {}, (None,))
s = 'Aa1bBABÉ'
try:
    m = P.search(s); print(56, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(56, 'ERR', type(e).__name__, e)
P = _sre.compile('(?P<n3247>b{0,3}?)*?', 258, [14, 4, 0, 0, 4294967295, 23, 14, 0, 4294967295, 17, 0, 26, 6, 0, 3, 32, 98, 1, 17, 1, 19, 1], 1, {'n3247': 1}, (None, 'n3247'))
s = 'xAAé1BéAA'
try:
    m = P.search(s); print(57, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(57, 'ERR', type(e).__name__, e)
P = _sre.compile('x*?', 32, [14, 4, 0, 0, 4294967295, 26, 6, 0, 4294967295, 16, 120, 1, 1], 0, {}, (None,))
s = 'aÉ éAba'
try:
    m = P.search(s); print(58, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(58, 'ERR', type(e).__name__, e)
P = _sre.compile('\\s+', 42, [14, 4, 0, 1, 4294967295, 24, 9, 1, 4294967295, 13, 4, 8, 12, 0, 1, 1], 0, {}, (None,))
s = '1a'
try:
    m = P.search(s); print(59, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(59, 'ERR', type(e).__name__, e)
P = _sre.compile('.(?>é++)??(?<!b)+?', 40, [14, 4, 0, 1, 4294967295, 2, 23, 13, 0, 1, 27, 9, 29, 6, 1, 4294967295, 16, 233, 1, 1, 19, 23, 9, 1, 4294967295, 5, 5, 1, 16, 98, 1, 19, 1], 0, {}, (None,))
s = 'a'
try:
    m = P.search(s); print(60, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(60, 'ERR', type(e).__name__, e)
P = _sre.compile('\\s??.*?x', 258, [14, 4, 0, 1, 4294967295, 26, 9, 0, 1, 13, 4, 8, 2, 0, 1, 26, 5, 0, 4294967295, 2, 1, 32, 120, 1], 0, {}, (None,))
s = ''
try:
    m = P.search(s); print(61, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(61, 'ERR', type(e).__name__, e)
P = _sre.compile('[ab]?+', 256, [14, 4, 0, 0, 1, 29, 10, 0, 1, 13, 5, 22, 97, 98, 0, 1, 1], 0, {}, (None,))
s = 'éé BAxa '
try:
    m = P.search(s); print(62, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(62, 'ERR', type(e).__name__, e)
P = _sre.compile('([à-ü]??(?=.?+.??\\Z|x{0,3}?)?)+?(?>(?P<n95410>(?:(?i:A)+?)+)?+)*([à-ü]*(?<!b)){0,3}?', 48, [14, 4, 0, 0, 4294967295, 23, 56, 1, 4294967295, 17, 0, 26, 10, 0, 1, 13, 5, 22, 224, 252, 0, 1, 23, 36, 0, 1, 4, 32, 0, 7, 17, 29, 5, 0, 1, 3, 1, 26, 5, 0, 1, 3, 1, 6, 7, 15, 12, 10, 26, 6, 0, 3, 16, 120, 1, 15, 2, 0, 1, 18, 17, 1, 19, 23, 27, 0, 4294967295, 27, 23, 28, 19, 0, 1, 17, 2, 23, 10, 1, 4294967295, 26, 6, 1, 4294967295, 40, 97, 1, 18, 17, 3, 1, 1, 18, 23, 24, 0, 3, 17, 4, 24, 10, 0, 4294967295, 13, 5, 22, 224, 252, 0, 1, 5, 5, 1, 16, 98, 1, 17, 5, 19, 1], 3, {'n95410': 2}, (None, None, 'n95410', None))
s = 'BÉ1éaBab'
try:
    m = P.search(s); print(63, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(63, 'ERR', type(e).__name__, e)
P = _sre.compile('(a+?[^a]{0,3}?)?|.', 42, [14, 4, 0, 0, 4294967295, 7, 26, 23, 21, 0, 1, 17, 0, 26, 6, 1, 4294967295, 40, 97, 1, 26, 6, 0, 3, 41, 97, 1, 17, 1, 18, 15, 6, 4, 2, 15, 2, 0, 1], 1, {}, (None, None))
s = ' axé'
try:
    m = P.search(s); print(64, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(64, 'ERR', type(e).__name__, e)
P = _sre.compile('(?=[^a]+)?+', 256, [14, 4, 0, 0, 0, 28, 14, 0, 1, 4, 10, 0, 24, 6, 1, 4294967295, 20, 97, 1, 1, 1, 1], 0, {}, (None,))
s = 'ab\nx aaBxÉbB'
try:
    m = P.search(s); print(65, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(65, 'ERR', type(e).__name__, e)
P = _sre.compile('\\b', 34, [14, 4, 0, 0, 0, 6, 10, 1], 0, {}, (None,))
s = ''
try:
    m = P.search(s); print(66, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(66, 'ERR', type(e).__name__, e)
P = _sre.compile('(?=é)*?', 34, [14, 4, 0, 0, 0, 23, 9, 0, 4294967295, 4, 5, 0, 40, 233, 1, 19, 1], 0, {}, (None,))
s = 'BÉba Bbaxa'
try:
    m = P.search(s); print(67, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(67, 'ERR', type(e).__name__, e)
P = _sre.compile('\\s??b{1,2}', 40, [14, 4, 0, 1, 3, 26, 9, 0, 1, 13, 4, 8, 12, 0, 1, 24, 6, 1, 2, 16, 98, 1, 1], 0, {}, (None,))
s = 'b\nxxxBÉxéA'
try:
    m = P.search(s); print(68, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(68, 'ERR', type(e).__name__, e)
P = _sre.compile('é*+', 40, [14, 4, 0, 0, 4294967295, 29, 6, 0, 4294967295, 16, 233, 1, 1], 0, {}, (None,))
s = '1'
try:
    m = P.search(s); print(69, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(69, 'ERR', type(e).__name__, e)
P = _sre.compile('(?:[^a]*[ab]\\s{2})+?', 42, [14, 4, 0, 3, 4294967295, 23, 26, 1, 4294967295, 24, 6, 0, 4294967295, 41, 97, 1, 39, 5, 22, 97, 98, 0, 24, 9, 2, 2, 13, 4, 8, 12, 0, 1, 19, 1], 0, {}, (None,))
s = 'BbBxBA\n1 \naÉ'
try:
    m = P.search(s); print(70, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(70, 'ERR', type(e).__name__, e)
P = _sre.compile('\\Z', 256, [14, 4, 0, 0, 0, 6, 7, 1], 0, {}, (None,))
s = 'Bxxaé'
try:
    m = P.search(s); print(71, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(71, 'ERR', type(e).__name__, e)
P = _sre.compile('x*+(?i:A)*+\\B', 40, [14, 4, 0, 0, 4294967295, 29, 6, 0, 4294967295, 16, 120, 1, 29, 6, 0, 4294967295, 40, 97, 1, 6, 11, 1], 0, {}, (None,))
s = 'bxA a \na  x'
try:
    m = P.search(s); print(72, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(72, 'ERR', type(e).__name__, e)
P = _sre.compile('é+', 258, [14, 4, 0, 1, 4294967295, 24, 6, 1, 4294967295, 16, 233, 1, 1], 0, {}, (None,))
s = ' \nb\n aa1ÉÉBa'
try:
    m = P.search(s); print(73, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(73, 'ERR', type(e).__name__, e)
P = _sre.compile('[ab]{1,2}|[à-ü]*+a++', 40, [14, 4, 0, 1, 4294967295, 7, 14, 24, 10, 1, 2, 13, 5, 22, 97, 98, 0, 1, 15, 23, 21, 29, 10, 0, 4294967295, 13, 5, 22, 224, 252, 0, 1, 29, 6, 1, 4294967295, 16, 97, 1, 15, 2, 0, 1], 0, {}, (None,))
s = 'ÉaaAxÉ'
try:
    m = P.search(s); print(74, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(74, 'ERR', type(e).__name__, e)
P = _sre.compile('[a-c]+?', 256, [14, 4, 0, 1, 4294967295, 26, 10, 1, 4294967295, 13, 5, 22, 97, 99, 0, 1, 1], 0, {}, (None,))
s = 'ÉÉ\nÉa\n b'
try:
    m = P.search(s); print(75, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(75, 'ERR', type(e).__name__, e)
P = _sre.compile('é', 258, [14, 8, 3, 1, 1, 1, 1, 233, 0, 16, 233, 1], 0, {}, (None,))
s = 'xBx '
try:
    m = P.search(s); print(76, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(76, 'ERR', type(e).__name__, e)
P = _sre.compile('(.++(?P<n66734>\\d{0,3}?)?+|(?:(?(1)a|b)(?(1)a|b)*?\\d?|.??a[^a]+?)+?((\\B\\s+)??)*+(?i:A))?+(?<=a)+', 42, [14, 4, 0, 0, 4294967295, 28, 133, 0, 1, 17, 0, 7, 28, 29, 5, 1, 4294967295, 2, 1, 28, 17, 0, 1, 17, 2, 26, 9, 0, 3, 13, 4, 8, 10, 0, 1, 17, 3, 1, 15, 98, 96, 23, 59, 1, 4294967295, 7, 36, 12, 0, 6, 40, 97, 15, 3, 40, 98, 23, 12, 0, 4294967295, 12, 0, 6, 40, 97, 15, 3, 40, 98, 19, 24, 9, 0, 1, 13, 4, 8, 10, 0, 1, 15, 20, 18, 26, 5, 0, 1, 2, 1, 40, 97, 26, 6, 1, 4294967295, 41, 97, 1, 15, 2, 0, 19, 28, 28, 0, 4294967295, 17, 4, 23, 19, 0, 1, 17, 6, 6, 11, 24, 9, 1, 4294967295, 13, 4, 8, 12, 0, 1, 17, 7, 19, 17, 5, 1, 40, 97, 15, 2, 0, 17, 1, 1, 23, 9, 1, 4294967295, 4, 5, 1, 40, 97, 1, 18, 1], 4, {'n66734': 2}, (None, None, 'n66734', None, None))
s = 'éx1B1'
try:
    m = P.search(s); print(77, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(77, 'ERR', type(e).__name__, e)
P = _sre.compile('(?=é*+)*', 32, [14, 4, 0, 0, 0, 23, 14, 0, 4294967295, 4, 10, 0, 29, 6, 0, 4294967295, 16, 233, 1, 1, 18, 1], 0, {}, (None,))
s = 'aAÉéaéBÉ'
try:
    m = P.search(s); print(78, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(78, 'ERR', type(e).__name__, e)
P = _sre.compile('\\s++|\\d{2}', 258, [14, 4, 0, 1, 4294967295, 7, 13, 29, 9, 1, 4294967295, 13, 4, 8, 2, 0, 1, 15, 15, 13, 24, 9, 2, 2, 13, 4, 8, 0, 0, 1, 15, 2, 0, 1], 0, {}, (None,))
s = '\naaaab'
try:
    m = P.search(s); print(79, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(79, 'ERR', type(e).__name__, e)
P = _sre.compile('[ab]?\\s{1,2}', 40, [14, 4, 0, 1, 3, 24, 10, 0, 1, 13, 5, 22, 97, 98, 0, 1, 24, 9, 1, 2, 13, 4, 8, 12, 0, 1, 1], 0, {}, (None,))
s = ''
try:
    m = P.search(s); print(80, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(80, 'ERR', type(e).__name__, e)
P = _sre.compile('.+?', 42, [14, 4, 0, 1, 4294967295, 26, 5, 1, 4294967295, 2, 1, 1], 0, {}, (None,))
s = '1Bb ABÉb é A'
try:
    m = P.search(s); print(81, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(81, 'ERR', type(e).__name__, e)
P = _sre.compile('.?x{0,3}?(?<!b)?', 32, [14, 4, 0, 0, 4, 24, 5, 0, 1, 2, 1, 26, 6, 0, 3, 16, 120, 1, 23, 9, 0, 1, 5, 5, 1, 16, 98, 1, 18, 1], 0, {}, (None,))
s = '\nÉÉA'
try:
    m = P.search(s); print(82, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(82, 'ERR', type(e).__name__, e)
P = _sre.compile('(.++)+?\\w{1,2}(?=(?=(?=[a-c]*?|[à-ü]{1,2}x*){1,2})++\\1{1,2})+?', 48, [14, 4, 0, 2, 4294967295, 23, 13, 1, 4294967295, 17, 0, 29, 5, 1, 4294967295, 3, 1, 17, 1, 19, 24, 9, 1, 2, 13, 4, 8, 14, 0, 1, 23, 69, 1, 4294967295, 4, 65, 0, 28, 53, 1, 4294967295, 4, 49, 0, 23, 44, 1, 2, 4, 40, 0, 7, 14, 26, 10, 0, 4294967295, 13, 5, 22, 97, 99, 0, 1, 15, 23, 21, 24, 10, 1, 2, 13, 5, 22, 224, 252, 0, 1, 24, 6, 0, 4294967295, 16, 120, 1, 15, 2, 0, 1, 18, 1, 1, 23, 5, 1, 2, 11, 0, 18, 1, 19, 1], 1, {}, (None, None))
s = 'B 1B\nÉ \nx1É'
try:
    m = P.search(s); print(83, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(83, 'ERR', type(e).__name__, e)
P = _sre.compile('((?P<n45849>[ab]{1,2}(?=[à-ü]+?)?[^a]?+)++)[a-c]', 256, [14, 4, 0, 2, 4294967295, 17, 0, 28, 45, 1, 4294967295, 17, 2, 24, 10, 1, 2, 13, 5, 22, 97, 98, 0, 1, 23, 18, 0, 1, 4, 14, 0, 26, 10, 1, 4294967295, 13, 5, 22, 224, 252, 0, 1, 1, 18, 29, 6, 0, 1, 20, 97, 1, 17, 3, 1, 17, 1, 13, 5, 22, 97, 99, 0, 1], 2, {'n45849': 2}, (None, None, 'n45849'))
s = ''
try:
    m = P.search(s); print(84, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(84, 'ERR', type(e).__name__, e)
P = _sre.compile('a', 258, [14, 4, 0, 1, 1, 32, 97, 1], 0, {}, (None,))
s = ' Aé'
try:
    m = P.search(s); print(85, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(85, 'ERR', type(e).__name__, e)
P = _sre.compile('(?<=a)*(?=((?i:A)?\\d+?)+)+?', 42, [14, 4, 0, 0, 0, 23, 9, 0, 4294967295, 4, 5, 1, 40, 97, 1, 18, 23, 33, 1, 4294967295, 4, 29, 0, 23, 24, 1, 4294967295, 17, 0, 24, 6, 0, 1, 40, 97, 1, 26, 9, 1, 4294967295, 13, 4, 8, 10, 0, 1, 17, 1, 18, 1, 19, 1], 1, {}, (None, None))
s = 'éabbbé a1'
try:
    m = P.search(s); print(86, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(86, 'ERR', type(e).__name__, e)
P = _sre.compile('[à-ü]{2}', 32, [14, 4, 0, 2, 2, 24, 10, 2, 2, 13, 5, 22, 224, 252, 0, 1, 1], 0, {}, (None,))
s = '1 \nxbé\nA'
try:
    m = P.search(s); print(87, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(87, 'ERR', type(e).__name__, e)
P = _sre.compile('(?:((?<=a){2}.{1,2})?|[a-c]){1,2}', 32, [14, 4, 0, 0, 4, 23, 43, 1, 2, 7, 29, 23, 24, 0, 1, 17, 0, 23, 9, 2, 2, 4, 5, 1, 16, 97, 1, 18, 24, 5, 1, 2, 2, 1, 17, 1, 18, 15, 11, 9, 13, 5, 22, 97, 99, 0, 15, 2, 0, 18, 1], 1, {}, (None, None))
s = 'A11A'
try:
    m = P.search(s); print(88, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(88, 'ERR', type(e).__name__, e)
P = _sre.compile('((?:(?P<n48529>é?|é?+.{1,2}[a-c]*){1,2}(?<!b)+?a{2})?(?=\\w*?(?:(?i:A)*+)*+)*)??(é{1,2}$(?:\\1{0,3}?a?+)?|(?=\\b)*?){0,3}?', 256, [14, 4, 0, 0, 4294967295, 23, 109, 0, 1, 17, 0, 23, 69, 0, 1, 23, 46, 1, 2, 17, 2, 7, 10, 24, 6, 0, 1, 16, 233, 1, 15, 29, 27, 29, 6, 0, 1, 16, 233, 1, 24, 5, 1, 2, 2, 1, 24, 10, 0, 4294967295, 13, 5, 22, 97, 99, 0, 1, 15, 2, 0, 17, 3, 18, 23, 9, 1, 4294967295, 5, 5, 1, 16, 98, 1, 19, 24, 6, 2, 2, 16, 97, 1, 18, 23, 29, 0, 4294967295, 4, 25, 0, 26, 9, 0, 4294967295, 13, 4, 8, 4, 0, 1, 28, 10, 0, 4294967295, 29, 6, 0, 4294967295, 32, 97, 1, 1, 1, 18, 17, 1, 19, 23, 54, 0, 3, 17, 4, 7, 31, 24, 6, 1, 2, 16, 233, 1, 6, 5, 23, 17, 0, 1, 23, 5, 0, 3, 11, 0, 19, 29, 6, 0, 1, 16, 97, 1, 18, 15, 16, 14, 23, 9, 0, 4294967295, 4, 5, 0, 6, 3, 1, 19, 15, 2, 0, 17, 5, 19, 1], 3, {'n48529': 2}, (None, None, 'n48529', None))
s = 'xééAAbB1bB\nÉ'
try:
    m = P.search(s); print(89, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(89, 'ERR', type(e).__name__, e)
P = _sre.compile('(?<=a){2}', 256, [14, 4, 0, 0, 0, 23, 9, 2, 2, 4, 5, 1, 16, 97, 1, 18, 1], 0, {}, (None,))
s = 'é\naÉé'
try:
    m = P.search(s); print(90, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(90, 'ERR', type(e).__name__, e)
P = _sre.compile('((?<=a)b*?)*', 40, [14, 4, 0, 0, 4294967295, 23, 20, 0, 4294967295, 17, 0, 4, 5, 1, 16, 97, 1, 26, 6, 0, 4294967295, 16, 98, 1, 17, 1, 18, 1], 1, {}, (None, None))
s = 'bBaaAbBBx\né'
try:
    m = P.search(s); print(91, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(91, 'ERR', type(e).__name__, e)
P = _sre.compile('\\d*?', 40, [14, 4, 0, 0, 4294967295, 26, 9, 0, 4294967295, 13, 4, 8, 10, 0, 1, 1], 0, {}, (None,))
s = 'aAAbÉ\n1'
try:
    m = P.search(s); print(92, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(92, 'ERR', type(e).__name__, e)
P = _sre.compile('(?i:A){1,2}', 34, [14, 4, 0, 1, 2, 24, 6, 1, 2, 40, 97, 1, 1], 0, {}, (None,))
s = '1Aé\n\nBA\nxBbB'
try:
    m = P.search(s); print(93, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(93, 'ERR', type(e).__name__, e)
P = _sre.compile('((?i:A))', 48, [14, 4, 0, 1, 1, 17, 0, 40, 97, 17, 1, 1], 1, {}, (None, None))
s = 'a1\nBAA 1 '
try:
    m = P.search(s); print(94, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(94, 'ERR', type(e).__name__, e)
P = _sre.compile('(?i:A)', 40, [14, 4, 0, 1, 1, 40, 97, 1], 0, {}, (None,))
s = 'a AéÉébéAxbé'
try:
    m = P.search(s); print(95, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(95, 'ERR', type(e).__name__, e)
P = _sre.compile('(?<=a)+?', 258, [14, 4, 0, 0, 0, 23, 9, 1, 4294967295, 4, 5, 1, 32, 97, 1, 19, 1], 0, {}, (None,))
s = 'éAaB'
try:
    m = P.search(s); print(96, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(96, 'ERR', type(e).__name__, e)
P = _sre.compile('([^a]+?)*a{0,3}?', 40, [14, 4, 0, 0, 4294967295, 23, 14, 0, 4294967295, 17, 0, 26, 6, 1, 4294967295, 20, 97, 1, 17, 1, 18, 26, 6, 0, 3, 16, 97, 1, 1], 1, {}, (None, None))
s = 'b1é '
try:
    m = P.search(s); print(97, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(97, 'ERR', type(e).__name__, e)
P = _sre.compile('(\\B(^x{1,2}){2}){0,3}?', 258, [14, 4, 0, 0, 12, 23, 27, 0, 3, 17, 0, 6, 4, 23, 16, 2, 2, 17, 2, 6, 0, 24, 6, 1, 2, 32, 120, 1, 17, 3, 18, 17, 1, 19, 1], 2, {}, (None, None, None))
s = '\nBAé\nbA'
try:
    m = P.search(s); print(98, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(98, 'ERR', type(e).__name__, e)
P = _sre.compile('x*+', 32, [14, 4, 0, 0, 4294967295, 29, 6, 0, 4294967295, 16, 120, 1, 1], 0, {}, (None,))
s = 'a '
try:
    m = P.search(s); print(99, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(99, 'ERR', type(e).__name__, e)
P = _sre.compile('\\w*[ab](?:(?:(?>\\w*?x{2})+?)*a?+)?+', 34, [14, 4, 0, 1, 4294967295, 24, 9, 0, 4294967295, 13, 4, 8, 14, 0, 1, 39, 5, 22, 97, 98, 0, 28, 40, 0, 1, 23, 28, 0, 4294967295, 23, 23, 1, 4294967295, 27, 19, 26, 9, 0, 4294967295, 13, 4, 8, 14, 0, 1, 24, 6, 2, 2, 40, 120, 1, 1, 19, 18, 29, 6, 0, 1, 40, 97, 1, 1, 1], 0, {}, (None,))
s = 'b B'
try:
    m = P.search(s); print(100, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(100, 'ERR', type(e).__name__, e)
P = _sre.compile('(?:\\w??)*', 34, [14, 4, 0, 0, 4294967295, 23, 13, 0, 4294967295, 26, 9, 0, 1, 13, 4, 8, 14, 0, 1, 18, 1], 0, {}, (None,))
s = ''
try:
    m = P.search(s); print(101, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(101, 'ERR', type(e).__name__, e)
P = _sre.compile('(?<=a)', 34, [14, 4, 0, 0, 0, 4, 5, 1, 40, 97, 1, 1], 0, {}, (None,))
s = 'bBaaÉé1É1'
try:
    m = P.search(s); print(102, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(102, 'ERR', type(e).__name__, e)
P = _sre.compile('x[^a]+|x{2}[a-c]+?', 40, [14, 4, 0, 2, 4294967295, 7, 12, 16, 120, 24, 6, 1, 4294967295, 20, 97, 1, 15, 23, 21, 24, 6, 2, 2, 16, 120, 1, 26, 10, 1, 4294967295, 13, 5, 22, 97, 99, 0, 1, 15, 2, 0, 1], 0, {}, (None,))
s = 'é Bx1'
try:
    m = P.search(s); print(103, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(103, 'ERR', type(e).__name__, e)
P = _sre.compile('(?<!b)?+', 32, [14, 4, 0, 0, 0, 28, 9, 0, 1, 5, 5, 1, 16, 98, 1, 1, 1], 0, {}, (None,))
s = 'xBé\n'
try:
    m = P.search(s); print(104, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(104, 'ERR', type(e).__name__, e)
P = _sre.compile('(?<=a)?+', 34, [14, 4, 0, 0, 0, 28, 9, 0, 1, 4, 5, 1, 40, 97, 1, 1, 1], 0, {}, (None,))
s = '1AÉé'
try:
    m = P.search(s); print(105, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(105, 'ERR', type(e).__name__, e)
P = _sre.compile('(?<=a)+b{0,3}?', 258, [14, 4, 0, 0, 3, 23, 9, 1, 4294967295, 4, 5, 1, 32, 97, 1, 18, 26, 6, 0, 3, 32, 98, 1, 1], 0, {}, (None,))
s = 'x aé'
try:
    m = P.search(s); print(106, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(106, 'ERR', type(e).__name__, e)
P = _sre.compile('(?<=a)?', 258, [14, 4, 0, 0, 0, 23, 9, 0, 1, 4, 5, 1, 32, 97, 1, 18, 1], 0, {}, (None,))
s = 'x ÉB'
try:
    m = P.search(s); print(107, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(107, 'ERR', type(e).__name__, e)
P = _sre.compile('a{2}', 258, [14, 4, 0, 2, 2, 24, 6, 2, 2, 32, 97, 1, 1], 0, {}, (None,))
s = 'bAaABbÉ'
try:
    m = P.search(s); print(108, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(108, 'ERR', type(e).__name__, e)
P = _sre.compile('(?i:A)++', 42, [14, 4, 0, 1, 4294967295, 29, 6, 1, 4294967295, 40, 97, 1, 1], 0, {}, (None,))
s = 'BB\n  x ÉB '
try:
    m = P.search(s); print(109, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(109, 'ERR', type(e).__name__, e)
P = _sre.compile('[a-c]{0,3}?[a-c]*|^x', 34, [14, 4, 0, 0, 4294967295, 7, 25, 26, 10, 0, 3, 39, 5, 22, 97, 99, 0, 1, 24, 10, 0, 4294967295, 39, 5, 22, 97, 99, 0, 1, 15, 9, 7, 6, 0, 40, 120, 15, 2, 0, 1], 0, {}, (None,))
s = 'é \n1\nb'
try:
    m = P.search(s); print(110, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(110, 'ERR', type(e).__name__, e)
P = _sre.compile('[^a]{1,2}\\d++(?=(?:[ab]{0,3}?){2}\\d?){0,3}?', 40, [14, 4, 0, 2, 4294967295, 24, 6, 1, 2, 20, 97, 1, 29, 9, 1, 4294967295, 13, 4, 8, 10, 0, 1, 23, 33, 0, 3, 4, 29, 0, 23, 14, 2, 2, 26, 10, 0, 3, 13, 5, 22, 97, 98, 0, 1, 18, 24, 9, 0, 1, 13, 4, 8, 10, 0, 1, 1, 19, 1], 0, {}, (None,))
s = ' \nBAA\n1Aa'
try:
    m = P.search(s); print(111, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(111, 'ERR', type(e).__name__, e)
P = _sre.compile('\\w*?', 40, [14, 4, 0, 0, 4294967295, 26, 9, 0, 4294967295, 13, 4, 8, 14, 0, 1, 1], 0, {}, (None,))
s = 'bbé'
try:
    m = P.search(s); print(112, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(112, 'ERR', type(e).__name__, e)
P = _sre.compile('([à-ü]?)??', 258, [14, 4, 0, 0, 1, 23, 18, 0, 1, 17, 0, 24, 10, 0, 1, 13, 5, 22, 224, 252, 0, 1, 17, 1, 19, 1], 1, {}, (None, None))
s = ''
try:
    m = P.search(s); print(113, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(113, 'ERR', type(e).__name__, e)
P = _sre.compile('(){1,2}x+', 32, [14, 4, 0, 1, 4294967295, 23, 7, 1, 2, 17, 0, 17, 1, 18, 24, 6, 1, 4294967295, 16, 120, 1, 1], 1, {}, (None, None))
s = 'B\nÉ'
try:
    m = P.search(s); print(114, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(114, 'ERR', type(e).__name__, e)
P = _sre.compile('(?<=a)?+(?i:A)?', 258, [14, 4, 0, 0, 1, 28, 9, 0, 1, 4, 5, 1, 32, 97, 1, 1, 24, 6, 0, 1, 32, 97, 1, 1], 0, {}, (None,))
s = '\nA1\nÉB1'
try:
    m = P.search(s); print(115, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(115, 'ERR', type(e).__name__, e)
P = _sre.compile('.??.??[à-ü]??', 32, [14, 4, 0, 0, 3, 26, 5, 0, 1, 2, 1, 26, 5, 0, 1, 2, 1, 26, 10, 0, 1, 13, 5, 22, 224, 252, 0, 1, 1], 0, {}, (None,))
s = 'A\nxB\n '
try:
    m = P.search(s); print(116, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(116, 'ERR', type(e).__name__, e)
P = _sre.compile('(?!b?+(?![à-ü]??|))', 32, [14, 4, 0, 0, 0, 5, 33, 0, 29, 6, 0, 1, 16, 98, 1, 5, 22, 0, 7, 14, 26, 10, 0, 1, 13, 5, 22, 224, 252, 0, 1, 15, 5, 3, 15, 2, 0, 1, 1, 1], 0, {}, (None,))
s = '\nA'
try:
    m = P.search(s); print(117, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(117, 'ERR', type(e).__name__, e)
P = _sre.compile('(([a-c]++)*+\\w?){0,3}?x', 256, [14, 4, 0, 1, 4294967295, 23, 37, 0, 3, 17, 0, 28, 18, 0, 4294967295, 17, 2, 29, 10, 1, 4294967295, 13, 5, 22, 97, 99, 0, 1, 17, 3, 1, 24, 9, 0, 1, 13, 4, 8, 4, 0, 1, 17, 1, 19, 16, 120, 1], 2, {}, (None, None, None))
s = 'Éxb\n\na\nbB a'
try:
    m = P.search(s); print(118, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(118, 'ERR', type(e).__name__, e)
P = _sre.compile('(((?:[^a]?+)?)+é+?)*+', 258, [14, 4, 0, 0, 4294967295, 28, 35, 0, 4294967295, 17, 0, 23, 19, 1, 4294967295, 17, 2, 23, 10, 0, 1, 29, 6, 0, 1, 33, 97, 1, 18, 17, 3, 18, 26, 6, 1, 4294967295, 16, 233, 1, 17, 1, 1, 1], 2, {}, (None, None, None))
s = '1'
try:
    m = P.search(s); print(119, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(119, 'ERR', type(e).__name__, e)
P = _sre.compile('[a-c]?[a-c]*+', 34, [14, 4, 0, 0, 4294967295, 24, 10, 0, 1, 39, 5, 22, 97, 99, 0, 1, 29, 10, 0, 4294967295, 39, 5, 22, 97, 99, 0, 1, 1], 0, {}, (None,))
s = '\n  bAaxéÉB'
try:
    m = P.search(s); print(120, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(120, 'ERR', type(e).__name__, e)
P = _sre.compile('((?<=a)*?(\\d?)++|[ab]+?)?+', 256, [14, 4, 0, 0, 4294967295, 28, 56, 0, 1, 17, 0, 7, 33, 23, 9, 0, 4294967295, 4, 5, 1, 16, 97, 1, 19, 28, 17, 1, 4294967295, 17, 2, 24, 9, 0, 1, 13, 4, 8, 0, 0, 1, 17, 3, 1, 15, 16, 14, 26, 10, 1, 4294967295, 13, 5, 22, 97, 98, 0, 1, 15, 2, 0, 17, 1, 1, 1], 2, {}, (None, None, None))
s = 'B \n\n'
try:
    m = P.search(s); print(121, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(121, 'ERR', type(e).__name__, e)
P = _sre.compile('([a-c]{2}(?<=a)+?){0,3}?', 256, [14, 4, 0, 0, 6, 23, 29, 0, 3, 17, 0, 24, 10, 2, 2, 13, 5, 22, 97, 99, 0, 1, 23, 9, 1, 4294967295, 4, 5, 1, 16, 97, 1, 19, 17, 1, 19, 1], 1, {}, (None, None))
s = 'Babéaabééb '
try:
    m = P.search(s); print(122, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(122, 'ERR', type(e).__name__, e)
P = _sre.compile('[a-c]{1,2}|a?', 48, [14, 4, 0, 0, 2, 7, 14, 24, 10, 1, 2, 13, 5, 22, 97, 99, 0, 1, 15, 12, 10, 24, 6, 0, 1, 16, 97, 1, 15, 2, 0, 1], 0, {}, (None,))
s = 'éAa1ééb'
try:
    m = P.search(s); print(123, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(123, 'ERR', type(e).__name__, e)
P = _sre.compile('(?<!b)+?', 258, [14, 4, 0, 0, 0, 23, 9, 1, 4294967295, 5, 5, 1, 32, 98, 1, 19, 1], 0, {}, (None,))
s = '\naBB bÉÉéxxb'
try:
    m = P.search(s); print(124, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(124, 'ERR', type(e).__name__, e)
P = _sre.compile('\\d[a-c]*+', 34, [14, 7, 4, 1, 4294967295, 8, 10, 0, 13, 4, 8, 10, 0, 29, 10, 0, 4294967295, 39, 5, 22, 97, 99, 0, 1, 1], 0, {}, (None,))
s = 'AxaxÉ\n '
try:
    m = P.search(s); print(125, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(125, 'ERR', type(e).__name__, e)
P = _sre.compile('.++|[à-ü]{0,3}?[à-ü]*', 42, [14, 4, 0, 0, 4294967295, 7, 9, 29, 5, 1, 4294967295, 2, 1, 15, 27, 25, 26, 10, 0, 3, 39, 5, 22, 224, 252, 0, 1, 24, 10, 0, 4294967295, 39, 5, 22, 224, 252, 0, 1, 15, 2, 0, 1], 0, {}, (None,))
s = 'é'
try:
    m = P.search(s); print(126, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(126, 'ERR', type(e).__name__, e)
P = _sre.compile('x{1,2}', 40, [14, 4, 0, 1, 2, 24, 6, 1, 2, 16, 120, 1, 1], 0, {}, (None,))
s = 'éaBéABaéx'
try:
    m = P.search(s); print(127, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(127, 'ERR', type(e).__name__, e)
P = _sre.compile('((?<!b)+[a-c]?+.*){0,3}?é', 34, [14, 4, 0, 1, 4294967295, 23, 35, 0, 3, 17, 0, 23, 9, 1, 4294967295, 5, 5, 1, 40, 98, 1, 18, 29, 10, 0, 1, 39, 5, 22, 97, 99, 0, 1, 24, 5, 0, 4294967295, 2, 1, 17, 1, 19, 40, 233, 1], 1, {}, (None, None))
s = 'BéabBA\nÉ'
try:
    m = P.search(s); print(128, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(128, 'ERR', type(e).__name__, e)
P = _sre.compile('(?!(?<!b){0,3}?(?i:A)+(?!(?(1)a|b)++\\d{1,2}(?(1)a|b)|\\w??|[à-ü]++)*+){0,3}?(?P<n46301>.*?|b*)??(?!(?P<n73938>(?(1)a|b)*+(?>(?:é?)a?\\B|(?(1)a|b))++(?=(?>a*?)(?=a{2}[ab]b*)*+\\w)*?)(?i:A)*+\\s++)|(?(1)a|b)?', 258, [14, 4, 0, 0, 4294967295, 7, 267, 23, 99, 0, 3, 5, 95, 0, 23, 9, 0, 3, 5, 5, 1, 32, 98, 1, 19, 24, 6, 1, 4294967295, 32, 97, 1, 28, 72, 0, 4294967295, 5, 68, 0, 7, 36, 28, 12, 1, 4294967295, 12, 0, 6, 32, 97, 15, 3, 32, 98, 1, 24, 9, 1, 2, 13, 4, 8, 0, 0, 1, 12, 0, 6, 32, 97, 15, 3, 32, 98, 15, 29, 13, 26, 9, 0, 1, 13, 4, 8, 4, 0, 1, 15, 16, 14, 29, 10, 1, 4294967295, 13, 5, 22, 224, 252, 0, 1, 15, 2, 0, 1, 1, 1, 19, 23, 28, 0, 1, 17, 0, 7, 9, 26, 5, 0, 4294967295, 2, 1, 15, 12, 10, 24, 6, 0, 4294967295, 32, 98, 1, 15, 2, 0, 17, 1, 19, 5, 132, 0, 17, 2, 28, 12, 0, 4294967295, 12, 0, 6, 32, 97, 15, 3, 32, 98, 1, 28, 39, 1, 4294967295, 27, 35, 7, 19, 24, 6, 0, 1, 16, 233, 1, 24, 6, 0, 1, 32, 97, 1, 6, 4, 15, 14, 12, 12, 0, 6, 32, 97, 15, 3, 32, 98, 15, 2, 0, 1, 1, 23, 51, 0, 4294967295, 4, 47, 0, 27, 9, 26, 6, 0, 4294967295, 32, 97, 1, 1, 28, 27, 0, 4294967295, 4, 23, 0, 24, 6, 2, 2, 32, 97, 1, 31, 5, 22, 97, 98, 0, 24, 6, 0, 4294967295, 32, 98, 1, 1, 1, 13, 4, 8, 4, 0, 1, 19, 17, 3, 29, 6, 0, 4294967295, 32, 97, 1, 29, 9, 1, 4294967295, 13, 4, 8, 2, 0, 1, 1, 15, 19, 17, 23, 12, 0, 1, 12, 0, 6, 32, 97, 15, 3, 32, 98, 18, 15, 2, 0, 1], 2, {'n46301': 1, 'n73938': 2}, (None, 'n46301', 'n73938'))
s = 'abB1ab éx'
try:
    m = P.search(s); print(129, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(129, 'ERR', type(e).__name__, e)
P = _sre.compile('\\w{0,3}?(?i:A)?', 42, [14, 4, 0, 0, 4, 26, 9, 0, 3, 13, 4, 8, 14, 0, 1, 24, 6, 0, 1, 40, 97, 1, 1], 0, {}, (None,))
s = 'aÉ'
try:
    m = P.search(s); print(130, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(130, 'ERR', type(e).__name__, e)
P = _sre.compile('b*+', 48, [14, 4, 0, 0, 4294967295, 29, 6, 0, 4294967295, 16, 98, 1, 1], 0, {}, (None,))
s = 'Bab'
try:
    m = P.search(s); print(131, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(131, 'ERR', type(e).__name__, e)
P = _sre.compile('é{1,2}', 48, [14, 4, 0, 1, 2, 24, 6, 1, 2, 16, 233, 1, 1], 0, {}, (None,))
s = 'A aÉ Éa'
try:
    m = P.search(s); print(132, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(132, 'ERR', type(e).__name__, e)
P = _sre.compile('[ab]?+(?=[a-c]{2})', 40, [14, 4, 0, 0, 1, 29, 10, 0, 1, 13, 5, 22, 97, 98, 0, 1, 4, 14, 0, 24, 10, 2, 2, 13, 5, 22, 97, 99, 0, 1, 1, 1], 0, {}, (None,))
s = 'xAa\n\n\n ééx1\n'
try:
    m = P.search(s); print(133, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(133, 'ERR', type(e).__name__, e)
P = _sre.compile('(?P<n85673>a*(?(1)a|b)++|\\s)*+|b*', 32, [14, 4, 0, 0, 4294967295, 7, 46, 28, 41, 0, 4294967295, 17, 0, 7, 24, 24, 6, 0, 4294967295, 16, 97, 1, 28, 12, 1, 4294967295, 12, 0, 6, 16, 97, 15, 3, 16, 98, 1, 15, 10, 8, 13, 4, 8, 12, 0, 15, 2, 0, 17, 1, 1, 15, 12, 10, 24, 6, 0, 4294967295, 16, 98, 1, 15, 2, 0, 1], 1, {'n85673': 1}, (None, 'n85673'))
s = 'a1Éx'
try:
    m = P.search(s); print(134, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(134, 'ERR', type(e).__name__, e)
P = _sre.compile('(?P<n6455>(?P<n63800>(?<!b){1,2}){1,2}(?<=a))[^a]{2}[a-c]{2}', 34, [14, 4, 0, 4, 4, 17, 0, 23, 18, 1, 2, 17, 2, 23, 9, 1, 2, 5, 5, 1, 40, 98, 1, 18, 17, 3, 18, 4, 5, 1, 40, 97, 1, 17, 1, 24, 6, 2, 2, 41, 97, 1, 24, 10, 2, 2, 39, 5, 22, 97, 99, 0, 1, 1], 2, {'n6455': 1, 'n63800': 2}, (None, 'n6455', 'n63800'))
s = '\nx1b Aa\nx1'
try:
    m = P.search(s); print(135, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(135, 'ERR', type(e).__name__, e)
P = _sre.compile('(?i:A)*+', 40, [14, 4, 0, 0, 4294967295, 29, 6, 0, 4294967295, 40, 97, 1, 1], 0, {}, (None,))
s = ''
try:
    m = P.search(s); print(136, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(136, 'ERR', type(e).__name__, e)
P = _sre.compile('(?i:A){1,2}', 258, [14, 4, 0, 1, 2, 24, 6, 1, 2, 32, 97, 1, 1], 0, {}, (None,))
s = ''
try:
    m = P.search(s); print(137, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(137, 'ERR', type(e).__name__, e)
P = _sre.compile('\\w+?(?!((?i:A)){1,2}(?<=a)?+[à-ü]*?)*', 42, [14, 4, 0, 1, 4294967295, 26, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 23, 40, 0, 4294967295, 5, 36, 0, 23, 9, 1, 2, 17, 0, 40, 97, 17, 1, 18, 28, 9, 0, 1, 4, 5, 1, 40, 97, 1, 1, 26, 10, 0, 4294967295, 39, 5, 22, 224, 252, 0, 1, 1, 18, 1], 1, {}, (None, None))
s = ''
try:
    m = P.search(s); print(138, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(138, 'ERR', type(e).__name__, e)
P = _sre.compile('.+?', 258, [14, 4, 0, 1, 4294967295, 26, 5, 1, 4294967295, 2, 1, 1], 0, {}, (None,))
s = 'baéAÉé1\néb1b'
try:
    m = P.search(s); print(139, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(139, 'ERR', type(e).__name__, e)
P = _sre.compile('\\b', 40, [14, 4, 0, 0, 0, 6, 10, 1], 0, {}, (None,))
s = ' É'
try:
    m = P.search(s); print(140, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(140, 'ERR', type(e).__name__, e)
P = _sre.compile('\\s{0,3}?', 48, [14, 4, 0, 0, 3, 26, 9, 0, 3, 13, 4, 8, 12, 0, 1, 1], 0, {}, (None,))
s = 'é'
try:
    m = P.search(s); print(141, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(141, 'ERR', type(e).__name__, e)
P = _sre.compile('x*?|[^a]++a*?', 40, [14, 4, 0, 0, 4294967295, 7, 10, 26, 6, 0, 4294967295, 16, 120, 1, 15, 19, 17, 29, 6, 1, 4294967295, 20, 97, 1, 26, 6, 0, 4294967295, 16, 97, 1, 15, 2, 0, 1], 0, {}, (None,))
s = 'AB1\nBBéBÉ Ax'
try:
    m = P.search(s); print(142, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(142, 'ERR', type(e).__name__, e)
P = _sre.compile('\\B', 256, [14, 4, 0, 0, 0, 6, 4, 1], 0, {}, (None,))
s = 'é\né'
try:
    m = P.search(s); print(143, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(143, 'ERR', type(e).__name__, e)
P = _sre.compile('(?=(?<!b)+){0,3}?', 258, [14, 4, 0, 0, 0, 23, 18, 0, 3, 4, 14, 0, 23, 9, 1, 4294967295, 5, 5, 1, 32, 98, 1, 18, 1, 19, 1], 0, {}, (None,))
s = '1aBé'
try:
    m = P.search(s); print(144, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(144, 'ERR', type(e).__name__, e)
P = _sre.compile('(?<=a)', 256, [14, 4, 0, 0, 0, 4, 5, 1, 16, 97, 1, 1], 0, {}, (None,))
s = 'bBÉxÉBé\nÉ'
try:
    m = P.search(s); print(145, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(145, 'ERR', type(e).__name__, e)
P = _sre.compile('(?:(?=(?<=a)+?|[à-ü]++[^a]{0,3}?){1,2}x{0,3}?(é{0,3}?)*)*', 32, [14, 4, 0, 0, 4294967295, 23, 72, 0, 4294967295, 23, 44, 1, 2, 4, 40, 0, 7, 14, 23, 9, 1, 4294967295, 4, 5, 1, 16, 97, 1, 19, 15, 23, 21, 29, 10, 1, 4294967295, 13, 5, 22, 224, 252, 0, 1, 26, 6, 0, 3, 20, 97, 1, 15, 2, 0, 1, 18, 26, 6, 0, 3, 16, 120, 1, 23, 14, 0, 4294967295, 17, 0, 26, 6, 0, 3, 16, 233, 1, 17, 1, 18, 18, 1], 1, {}, (None, None))
s = 'ÉéBaBb'
try:
    m = P.search(s); print(146, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(146, 'ERR', type(e).__name__, e)
P = _sre.compile('((?=[à-ü]?b+|b+)*+b*?)?.{0,3}?', 258, [14, 4, 0, 0, 4294967295, 23, 56, 0, 1, 17, 0, 28, 40, 0, 4294967295, 4, 36, 0, 7, 21, 24, 10, 0, 1, 13, 5, 22, 224, 252, 0, 1, 24, 6, 1, 4294967295, 32, 98, 1, 15, 12, 10, 24, 6, 1, 4294967295, 32, 98, 1, 15, 2, 0, 1, 1, 26, 6, 0, 4294967295, 32, 98, 1, 17, 1, 18, 26, 5, 0, 3, 2, 1, 1], 1, {}, (None, None))
s = 'AéébAAx'
try:
    m = P.search(s); print(147, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(147, 'ERR', type(e).__name__, e)
P = _sre.compile('(?=(.*?)?+(?>[^a]+?[^a]??(?i:A){2}){1,2}){1,2}', 42, [14, 4, 0, 0, 0, 23, 51, 1, 2, 4, 47, 0, 28, 13, 0, 1, 17, 0, 26, 5, 0, 4294967295, 2, 1, 17, 1, 1, 23, 27, 1, 2, 27, 23, 26, 6, 1, 4294967295, 41, 97, 1, 26, 6, 0, 1, 41, 97, 1, 24, 6, 2, 2, 40, 97, 1, 1, 18, 1, 18, 1], 1, {}, (None, None))
s = 'ÉA Aa'
try:
    m = P.search(s); print(148, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(148, 'ERR', type(e).__name__, e)
P = _sre.compile('(a*)+?', 48, [14, 4, 0, 0, 4294967295, 23, 14, 1, 4294967295, 17, 0, 24, 6, 0, 4294967295, 16, 97, 1, 17, 1, 19, 1], 1, {}, (None, None))
s = ''
try:
    m = P.search(s); print(149, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(149, 'ERR', type(e).__name__, e)
P = _sre.compile('b+?', 258, [14, 4, 0, 1, 4294967295, 26, 6, 1, 4294967295, 32, 98, 1, 1], 0, {}, (None,))
s = 'xé\nABxxAbb'
try:
    m = P.search(s); print(150, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(150, 'ERR', type(e).__name__, e)
P = _sre.compile('(\\s*+(?=\\w++(?:.++x+(?(1)a|b)?)+)+|b??)*+\\s{1,2}', 256, [14, 4, 0, 1, 4294967295, 28, 83, 0, 4294967295, 17, 0, 7, 64, 29, 9, 0, 4294967295, 13, 4, 8, 2, 0, 1, 23, 49, 1, 4294967295, 4, 45, 0, 29, 9, 1, 4294967295, 13, 4, 8, 4, 0, 1, 23, 30, 1, 4294967295, 29, 5, 1, 4294967295, 2, 1, 24, 6, 1, 4294967295, 16, 120, 1, 23, 12, 0, 1, 12, 0, 6, 16, 97, 15, 3, 16, 98, 18, 18, 1, 18, 15, 12, 10, 26, 6, 0, 1, 16, 98, 1, 15, 2, 0, 17, 1, 1, 24, 9, 1, 2, 13, 4, 8, 2, 0, 1, 1], 1, {}, (None, None))
s = 'aBÉé\nÉ1É'
try:
    m = P.search(s); print(151, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(151, 'ERR', type(e).__name__, e)
P = _sre.compile('[a-c]?+.{2}(?P<n43959>[à-ü]?+\\w)??|(?=(?>a{2}\\wb)++\\s+?x++)*+(((?i:A)+)*+)?+', 34, [14, 4, 0, 0, 4294967295, 7, 45, 29, 10, 0, 1, 39, 5, 22, 97, 99, 0, 1, 24, 5, 2, 2, 2, 1, 23, 23, 0, 1, 17, 0, 29, 10, 0, 1, 39, 5, 22, 224, 252, 0, 1, 13, 4, 8, 14, 0, 17, 1, 19, 15, 78, 76, 28, 46, 0, 4294967295, 4, 42, 0, 28, 20, 1, 4294967295, 27, 16, 24, 6, 2, 2, 40, 97, 1, 13, 4, 8, 14, 0, 40, 98, 1, 1, 26, 9, 1, 4294967295, 13, 4, 8, 12, 0, 1, 29, 6, 1, 4294967295, 40, 120, 1, 1, 1, 28, 23, 0, 1, 17, 2, 28, 14, 0, 4294967295, 17, 4, 24, 6, 1, 4294967295, 40, 97, 1, 17, 5, 1, 17, 3, 1, 15, 2, 0, 1], 3, {'n43959': 1}, (None, 'n43959', None, None))
s = 'axA x\nBaé  B'
try:
    m = P.search(s); print(152, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(152, 'ERR', type(e).__name__, e)
P = _sre.compile('x*+a+?', 40, [14, 4, 0, 1, 4294967295, 29, 6, 0, 4294967295, 16, 120, 1, 26, 6, 1, 4294967295, 16, 97, 1, 1], 0, {}, (None,))
s = '\nééa\n'
try:
    m = P.search(s); print(153, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(153, 'ERR', type(e).__name__, e)
P = _sre.compile('[a-c]*?', 258, [14, 4, 0, 0, 4294967295, 26, 10, 0, 4294967295, 31, 5, 22, 97, 99, 0, 1, 1], 0, {}, (None,))
s = '1xbé'
try:
    m = P.search(s); print(154, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(154, 'ERR', type(e).__name__, e)
P = _sre.compile('(?<=a)+?.?+', 34, [14, 4, 0, 0, 1, 23, 9, 1, 4294967295, 4, 5, 1, 40, 97, 1, 19, 29, 5, 0, 1, 2, 1, 1], 0, {}, (None,))
s = '\n\nBB'
try:
    m = P.search(s); print(155, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(155, 'ERR', type(e).__name__, e)
P = _sre.compile('\\w*', 40, [14, 4, 0, 0, 4294967295, 24, 9, 0, 4294967295, 13, 4, 8, 14, 0, 1, 1], 0, {}, (None,))
s = 'éA\nÉAB'
try:
    m = P.search(s); print(156, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(156, 'ERR', type(e).__name__, e)
P = _sre.compile('é*?', 258, [14, 4, 0, 0, 4294967295, 26, 6, 0, 4294967295, 16, 233, 1, 1], 0, {}, (None,))
s = '\nxaA \nÉ'
try:
    m = P.search(s); print(157, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(157, 'ERR', type(e).__name__, e)
P = _sre.compile('[à-ü]*+', 34, [14, 4, 0, 0, 4294967295, 29, 10, 0, 4294967295, 39, 5, 22, 224, 252, 0, 1, 1], 0, {}, (None,))
s = 'x'
try:
    m = P.search(s); print(158, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(158, 'ERR', type(e).__name__, e)
P = _sre.compile('b{0,3}?', 256, [14, 4, 0, 0, 3, 26, 6, 0, 3, 16, 98, 1, 1], 0, {}, (None,))
s = 'a1x1 1 \nÉéx'
try:
    m = P.search(s); print(159, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(159, 'ERR', type(e).__name__, e)
P = _sre.compile('((?:(?>\\s)++)\\w*+(?(1)a|b))*+|(?=\\1++b+?)+?', 258, [14, 4, 0, 0, 4294967295, 7, 44, 28, 39, 0, 4294967295, 17, 0, 28, 11, 1, 4294967295, 27, 7, 13, 4, 8, 2, 0, 1, 1, 29, 9, 0, 4294967295, 13, 4, 8, 4, 0, 1, 12, 0, 6, 32, 97, 15, 3, 32, 98, 17, 1, 1, 15, 28, 26, 23, 21, 1, 4294967295, 4, 17, 0, 28, 5, 1, 4294967295, 30, 0, 1, 26, 6, 1, 4294967295, 32, 98, 1, 1, 19, 15, 2, 0, 1], 1, {}, (None, None))
s = ' aaAxa1\na'
try:
    m = P.search(s); print(160, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(160, 'ERR', type(e).__name__, e)
P = _sre.compile('$', 256, [14, 4, 0, 0, 0, 6, 5, 1], 0, {}, (None,))
s = 'a\nAéÉAxbx'
try:
    m = P.search(s); print(161, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(161, 'ERR', type(e).__name__, e)
P = _sre.compile('(?<=a)?', 42, [14, 4, 0, 0, 0, 23, 9, 0, 1, 4, 5, 1, 40, 97, 1, 18, 1], 0, {}, (None,))
s = '\nÉabéÉ x'
try:
    m = P.search(s); print(162, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(162, 'ERR', type(e).__name__, e)
P = _sre.compile('[à-ü]?+', 48, [14, 4, 0, 0, 1, 29, 10, 0, 1, 13, 5, 22, 224, 252, 0, 1, 1], 0, {}, (None,))
s = 'bxBx1B'
try:
    m = P.search(s); print(163, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(163, 'ERR', type(e).__name__, e)
P = _sre.compile('(?i:A)((?<!b))', 258, [14, 4, 0, 1, 1, 32, 97, 17, 0, 5, 5, 1, 32, 98, 1, 17, 1, 1], 1, {}, (None, None))
s = 'xa '
try:
    m = P.search(s); print(164, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(164, 'ERR', type(e).__name__, e)
P = _sre.compile('(?=(?<!b))+?', 48, [14, 4, 0, 0, 0, 23, 13, 1, 4294967295, 4, 9, 0, 5, 5, 1, 16, 98, 1, 1, 19, 1], 0, {}, (None,))
s = '\na'
try:
    m = P.search(s); print(165, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(165, 'ERR', type(e).__name__, e)
P = _sre.compile('[^a]{0,3}?', 258, [14, 4, 0, 0, 3, 26, 6, 0, 3, 33, 97, 1, 1], 0, {}, (None,))
s = 'aÉ\nÉ'
try:
    m = P.search(s); print(166, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(166, 'ERR', type(e).__name__, e)
P = _sre.compile('($(?:[a-c]*\\s?+)*)?+', 48, [14, 4, 0, 0, 4294967295, 28, 35, 0, 1, 17, 0, 6, 5, 23, 24, 0, 4294967295, 24, 10, 0, 4294967295, 13, 5, 22, 97, 99, 0, 1, 29, 9, 0, 1, 13, 4, 8, 12, 0, 1, 18, 17, 1, 1, 1], 1, {}, (None, None))
s = '\nA\nÉ É\nxx\n\n'
try:
    m = P.search(s); print(167, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(167, 'ERR', type(e).__name__, e)
P = _sre.compile('(?:[^a]{0,3}?([^a]*?\\b((\\w?)+?b*))+)??', 42, [14, 4, 0, 0, 4294967295, 23, 58, 0, 1, 26, 6, 0, 3, 41, 97, 1, 23, 46, 1, 4294967295, 17, 0, 26, 6, 0, 4294967295, 41, 97, 1, 6, 10, 17, 2, 23, 17, 1, 4294967295, 17, 4, 24, 9, 0, 1, 13, 4, 8, 14, 0, 1, 17, 5, 19, 24, 6, 0, 4294967295, 40, 98, 1, 17, 3, 17, 1, 18, 19, 1], 3, {}, (None, None, None, None))
s = ' \nx\né\n B'
try:
    m = P.search(s); print(168, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(168, 'ERR', type(e).__name__, e)
P = _sre.compile('(?i:A)??a+', 34, [14, 4, 0, 1, 4294967295, 26, 6, 0, 1, 40, 97, 1, 24, 6, 1, 4294967295, 40, 97, 1, 1], 0, {}, (None,))
s = 'a ÉÉ ab1Éb '
try:
    m = P.search(s); print(169, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(169, 'ERR', type(e).__name__, e)
P = _sre.compile('(?i:A)*+b+', 256, [14, 4, 0, 1, 4294967295, 29, 6, 0, 4294967295, 32, 97, 1, 24, 6, 1, 4294967295, 16, 98, 1, 1], 0, {}, (None,))
s = 'xxBBA'
try:
    m = P.search(s); print(170, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(170, 'ERR', type(e).__name__, e)
P = _sre.compile('(?P<n68583>((?=a{0,3}?.??){1,2}b{0,3}?b*?){0,3}?)', 32, [14, 4, 0, 0, 4294967295, 17, 0, 23, 43, 0, 3, 17, 2, 23, 20, 1, 2, 4, 16, 0, 26, 6, 0, 3, 16, 97, 1, 26, 5, 0, 1, 2, 1, 1, 18, 26, 6, 0, 3, 16, 98, 1, 26, 6, 0, 4294967295, 16, 98, 1, 17, 3, 19, 17, 1, 1], 2, {'n68583': 1}, (None, 'n68583', None))
s = '\nÉa'
try:
    m = P.search(s); print(171, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(171, 'ERR', type(e).__name__, e)
P = _sre.compile('a?a{0,3}?', 256, [14, 4, 0, 0, 4, 24, 6, 0, 1, 16, 97, 1, 26, 6, 0, 3, 16, 97, 1, 1], 0, {}, (None,))
s = 'aÉB'
try:
    m = P.search(s); print(172, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(172, 'ERR', type(e).__name__, e)
P = _sre.compile('(?i:A)a*?(?:[ab]+){2}', 40, [14, 4, 0, 3, 4294967295, 40, 97, 26, 6, 0, 4294967295, 16, 97, 1, 23, 14, 2, 2, 24, 10, 1, 4294967295, 13, 5, 22, 97, 98, 0, 1, 18, 1], 0, {}, (None,))
s = ' É\nx\né\né'
try:
    m = P.search(s); print(173, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(173, 'ERR', type(e).__name__, e)
P = _sre.compile('\\d*(?<=a)+|((?=[ab]?[ab]*?)+^(?:(?(1)a|b)++){0,3}?)*+', 34, [14, 4, 0, 0, 4294967295, 7, 24, 24, 9, 0, 4294967295, 13, 4, 8, 10, 0, 1, 23, 9, 1, 4294967295, 4, 5, 1, 40, 97, 1, 18, 15, 66, 64, 28, 59, 0, 4294967295, 17, 0, 23, 29, 1, 4294967295, 4, 25, 0, 24, 10, 0, 1, 39, 5, 22, 97, 98, 0, 1, 26, 10, 0, 4294967295, 39, 5, 22, 97, 98, 0, 1, 1, 18, 6, 0, 23, 17, 0, 3, 28, 12, 1, 4294967295, 12, 0, 6, 40, 97, 15, 3, 40, 98, 1, 19, 17, 1, 1, 15, 2, 0, 1], 1, {}, (None, None))
s = '\nbA1É'
try:
    m = P.search(s); print(174, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(174, 'ERR', type(e).__name__, e)
P = _sre.compile('(?P<n52838>\\B|\\s{2}é|[à-ü]?)(?:(?i:A)*?)?+', 48, [14, 4, 0, 0, 4294967295, 17, 0, 7, 5, 6, 11, 15, 31, 15, 24, 9, 2, 2, 13, 4, 8, 12, 0, 1, 16, 233, 15, 16, 14, 24, 10, 0, 1, 13, 5, 22, 224, 252, 0, 1, 15, 2, 0, 17, 1, 28, 10, 0, 1, 26, 6, 0, 4294967295, 40, 97, 1, 1, 1], 1, {'n52838': 1}, (None, 'n52838'))
s = 'B bBa\n\nÉ'
try:
    m = P.search(s); print(175, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(175, 'ERR', type(e).__name__, e)
P = _sre.compile('x{0,3}?.+?', 258, [14, 4, 0, 1, 4294967295, 26, 6, 0, 3, 32, 120, 1, 26, 5, 1, 4294967295, 2, 1, 1], 0, {}, (None,))
s = 'a1'
try:
    m = P.search(s); print(176, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(176, 'ERR', type(e).__name__, e)
P = _sre.compile('x(?>(x++a|([^a]{1,2}.x*)*?b{2}(?=.?[^a]?+\\B)*)??)+?', 40, [14, 8, 1, 1, 4294967295, 1, 1, 120, 0, 16, 120, 23, 87, 1, 4294967295, 27, 83, 23, 79, 0, 1, 17, 0, 7, 12, 29, 6, 1, 4294967295, 16, 120, 1, 16, 97, 15, 60, 58, 23, 22, 0, 4294967295, 17, 2, 24, 6, 1, 2, 20, 97, 1, 2, 24, 6, 0, 4294967295, 16, 120, 1, 17, 3, 19, 24, 6, 2, 2, 16, 98, 1, 23, 22, 0, 4294967295, 4, 18, 0, 24, 5, 0, 1, 2, 1, 29, 6, 0, 1, 20, 97, 1, 6, 11, 1, 18, 15, 2, 0, 17, 1, 19, 1, 19, 1], 2, {}, (None, None, None))
s = ' ax\nx '
try:
    m = P.search(s); print(177, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(177, 'ERR', type(e).__name__, e)
P = _sre.compile('(?:(?<!b){2}.??)*?(a??(?i:A)?+((?:[a-c])?+(?!\\d+?|b*)?){2})*?', 40, [14, 4, 0, 0, 4294967295, 23, 20, 0, 4294967295, 23, 9, 2, 2, 5, 5, 1, 16, 98, 1, 18, 26, 5, 0, 1, 2, 1, 19, 23, 75, 0, 4294967295, 17, 0, 26, 6, 0, 1, 16, 97, 1, 29, 6, 0, 1, 40, 97, 1, 23, 52, 2, 2, 17, 2, 29, 10, 0, 1, 13, 5, 22, 97, 99, 0, 1, 23, 32, 0, 1, 5, 28, 0, 7, 13, 26, 9, 1, 4294967295, 13, 4, 8, 10, 0, 1, 15, 12, 10, 24, 6, 0, 4294967295, 16, 98, 1, 15, 2, 0, 1, 18, 17, 3, 18, 17, 1, 19, 1], 2, {}, (None, None, None))
s = 'a '
try:
    m = P.search(s); print(178, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(178, 'ERR', type(e).__name__, e)
P = _sre.compile('(?<=a){2}', 34, [14, 4, 0, 0, 0, 23, 9, 2, 2, 4, 5, 1, 40, 97, 1, 18, 1], 0, {}, (None,))
s = '1\nxé BBÉ\nBb\n'
try:
    m = P.search(s); print(179, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(179, 'ERR', type(e).__name__, e)
