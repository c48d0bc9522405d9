# _sre engine on generated patterns (groups, lookarounds, atomic/possessive, repeats) and subjects.
import _sre
P = _sre.compile('b??', 32, [14, 4, 0, 0, 1, 26, 6, 0, 1, 16, 98, 1, 1], 0, {}, (None,))
s = ' ba a  '
try:
    m = P.search(s); print(0, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(0, 'ERR', type(e).__name__, e)
P = _sre.compile('[^a]+?(?i:A)+', 32, [14, 4, 0, 2, 4294967295, 26, 6, 1, 4294967295, 20, 97, 1, 24, 6, 1, 4294967295, 40, 97, 1, 1], 0, {}, (None,))
s = '\nb\n '
try:
    m = P.search(s); print(1, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(1, 'ERR', type(e).__name__, e)
P = _sre.compile('\\s', 32, [14, 7, 4, 1, 1, 8, 12, 0, 13, 4, 8, 12, 0, 1], 0, {}, (None,))
s = 'bbxa\n\n a\n\nb\n'
try:
    m = P.search(s); print(2, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(2, 'ERR', type(e).__name__, e)
P = _sre.compile('(?=(?i:A)?+b{1,2})++', 32, [14, 4, 0, 0, 0, 28, 21, 1, 4294967295, 4, 17, 0, 29, 6, 0, 1, 40, 97, 1, 24, 6, 1, 2, 16, 98, 1, 1, 1, 1], 0, {}, (None,))
s = 'bab'
try:
    m = P.search(s); print(3, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(3, 'ERR', type(e).__name__, e)
P = _sre.compile('(?=(?!(?=x\\s+?a?)*+x{2})+?)*+(?=){2}', 32, [14, 4, 0, 0, 0, 28, 51, 0, 4294967295, 4, 47, 0, 23, 42, 1, 4294967295, 5, 38, 0, 28, 26, 0, 4294967295, 4, 22, 0, 16, 120, 26, 9, 1, 4294967295, 13, 4, 8, 12, 0, 1, 24, 6, 0, 1, 16, 97, 1, 1, 1, 24, 6, 2, 2, 16, 120, 1, 1, 19, 1, 1, 23, 7, 2, 2, 4, 3, 0, 1, 18, 1], 0, {}, (None,))
s = 'x\n\na b'
try:
    m = P.search(s); print(4, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(4, 'ERR', type(e).__name__, e)
P = _sre.compile('(?:[a-c]++)*?x?+.??', 32, [14, 4, 0, 0, 4294967295, 23, 14, 0, 4294967295, 29, 10, 1, 4294967295, 13, 5, 22, 97, 99, 0, 1, 19, 29, 6, 0, 1, 16, 120, 1, 26, 5, 0, 1, 2, 1, 1], 0, {}, (None,))
s = '\na\n '
try:
    m = P.search(s); print(5, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(5, 'ERR', type(e).__name__, e)
P = _sre.compile('.{0,3}?', 32, [14, 4, 0, 0, 3, 26, 5, 0, 3, 2, 1, 1], 0, {}, (None,))
s = ' xba xaa\n'
try:
    m = P.search(s); print(6, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(6, 'ERR', type(e).__name__, e)
P = _sre.compile('(?=[a-c]++(?!((?i:A){0,3}?a{1,2})?+)+?)', 32, [14, 4, 0, 0, 0, 4, 46, 0, 29, 10, 1, 4294967295, 13, 5, 22, 97, 99, 0, 1, 23, 30, 1, 4294967295, 5, 26, 0, 28, 21, 0, 1, 17, 0, 26, 6, 0, 3, 40, 97, 1, 24, 6, 1, 2, 16, 97, 1, 17, 1, 1, 1, 19, 1, 1], 1, {}, (None, None))
s = ' \n xx  \n aa '
try:
    m = P.search(s); print(7, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(7, 'ERR', type(e).__name__, e)
P = _sre.compile('(?<!b){1,2}', 32, [14, 4, 0, 0, 0, 23, 9, 1, 2, 5, 5, 1, 16, 98, 1, 18, 1], 0, {}, (None,))
s = 'x b\nba\nxb'
try:
    m = P.search(s); print(8, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(8, 'ERR', type(e).__name__, e)
P = _sre.compile('\\s*+(?:(.++(.?\\w+?)??.?|(?<=a)+?)+(?P<n51290>^^\\s+?)*)*(?<!b)?+', 32, [14, 4, 0, 0, 4294967295, 29, 9, 0, 4294967295, 13, 4, 8, 12, 0, 1, 23, 91, 0, 4294967295, 23, 63, 1, 4294967295, 17, 0, 7, 40, 29, 5, 1, 4294967295, 2, 1, 23, 23, 0, 1, 17, 2, 24, 5, 0, 1, 2, 1, 26, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 17, 3, 19, 24, 5, 0, 1, 2, 1, 15, 16, 14, 23, 9, 1, 4294967295, 4, 5, 1, 16, 97, 1, 19, 15, 2, 0, 17, 1, 18, 23, 21, 0, 4294967295, 17, 4, 6, 0, 6, 0, 26, 9, 1, 4294967295, 13, 4, 8, 12, 0, 1, 17, 5, 18, 18, 28, 9, 0, 1, 5, 5, 1, 16, 98, 1, 1, 1], 3, {'n51290': 3}, (None, None, None, 'n51290'))
s = 'b xb'
try:
    m = P.search(s); print(9, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(9, 'ERR', type(e).__name__, e)
P = _sre.compile('.*?', 32, [14, 4, 0, 0, 4294967295, 26, 5, 0, 4294967295, 2, 1, 1], 0, {}, (None,))
s = 'a\nxb'
try:
    m = P.search(s); print(10, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(10, 'ERR', type(e).__name__, e)
P = _sre.compile('\\w', 32, [14, 7, 4, 1, 1, 8, 14, 0, 13, 4, 8, 14, 0, 1], 0, {}, (None,))
s = '\nb  b ba'
try:
    m = P.search(s); print(11, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(11, 'ERR', type(e).__name__, e)
P = _sre.compile('.??', 32, [14, 4, 0, 0, 1, 26, 5, 0, 1, 2, 1, 1], 0, {}, (None,))
s = ''
try:
    m = P.search(s); print(12, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(12, 'ERR', type(e).__name__, e)
P = _sre.compile('(a+)??(?![a-c]?+)[a-c]++', 32, [14, 4, 0, 1, 4294967295, 23, 14, 0, 1, 17, 0, 24, 6, 1, 4294967295, 16, 97, 1, 17, 1, 19, 5, 14, 0, 29, 10, 0, 1, 13, 5, 22, 97, 99, 0, 1, 1, 29, 10, 1, 4294967295, 13, 5, 22, 97, 99, 0, 1, 1], 1, {}, (None, None))
s = 'bx'
try:
    m = P.search(s); print(13, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(13, 'ERR', type(e).__name__, e)
P = _sre.compile('\\w??', 32, [14, 4, 0, 0, 1, 26, 9, 0, 1, 13, 4, 8, 14, 0, 1, 1], 0, {}, (None,))
s = 'x'
try:
    m = P.search(s); print(14, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(14, 'ERR', type(e).__name__, e)
P = _sre.compile('\\w?a?+(?i:A)?+', 32, [14, 4, 0, 0, 3, 24, 9, 0, 1, 13, 4, 8, 14, 0, 1, 29, 6, 0, 1, 16, 97, 1, 29, 6, 0, 1, 40, 97, 1, 1], 0, {}, (None,))
s = ''
try:
    m = P.search(s); print(15, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(15, 'ERR', type(e).__name__, e)
P = _sre.compile('x{0,3}?', 32, [14, 4, 0, 0, 3, 26, 6, 0, 3, 16, 120, 1, 1], 0, {}, (None,))
s = 'aba'
try:
    m = P.search(s); print(16, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(16, 'ERR', type(e).__name__, e)
P = _sre.compile('($b)*?', 32, [14, 4, 0, 0, 4294967295, 23, 11, 0, 4294967295, 17, 0, 6, 5, 16, 98, 17, 1, 19, 1], 1, {}, (None, None))
s = '\n'
try:
    m = P.search(s); print(17, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(17, 'ERR', type(e).__name__, e)
P = _sre.compile('[a-c]*+', 32, [14, 4, 0, 0, 4294967295, 29, 10, 0, 4294967295, 13, 5, 22, 97, 99, 0, 1, 1], 0, {}, (None,))
s = ' b'
try:
    m = P.search(s); print(18, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(18, 'ERR', type(e).__name__, e)
P = _sre.compile('\\s??', 32, [14, 4, 0, 0, 1, 26, 9, 0, 1, 13, 4, 8, 12, 0, 1, 1], 0, {}, (None,))
s = ' \nx '
try:
    m = P.search(s); print(19, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(19, 'ERR', type(e).__name__, e)
P = _sre.compile('[ab]b?+', 32, [14, 8, 4, 1, 2, 22, 97, 98, 0, 13, 5, 22, 97, 98, 0, 29, 6, 0, 1, 16, 98, 1, 1], 0, {}, (None,))
s = 'a\naax bxaa '
try:
    m = P.search(s); print(20, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(20, 'ERR', type(e).__name__, e)
P = _sre.compile('a+?', 32, [14, 4, 0, 1, 4294967295, 26, 6, 1, 4294967295, 16, 97, 1, 1], 0, {}, (None,))
s = ' x\nx '
try:
    m = P.search(s); print(21, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(21, 'ERR', type(e).__name__, e)
P = _sre.compile('.?', 32, [14, 4, 0, 0, 1, 24, 5, 0, 1, 2, 1, 1], 0, {}, (None,))
s = 'x b x\nxb'
try:
    m = P.search(s); print(22, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(22, 'ERR', type(e).__name__, e)
P = _sre.compile('b+', 32, [14, 4, 0, 1, 4294967295, 24, 6, 1, 4294967295, 16, 98, 1, 1], 0, {}, (None,))
s = '\n\na '
try:
    m = P.search(s); print(23, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(23, 'ERR', type(e).__name__, e)
P = _sre.compile('(?=(?=(?i:A)?+.??)?)*[^a]?+.+', 32, [14, 4, 0, 1, 4294967295, 23, 29, 0, 4294967295, 4, 25, 0, 23, 20, 0, 1, 4, 16, 0, 29, 6, 0, 1, 40, 97, 1, 26, 5, 0, 1, 2, 1, 1, 18, 1, 18, 29, 6, 0, 1, 20, 97, 1, 24, 5, 1, 4294967295, 2, 1, 1], 0, {}, (None,))
s = 'aaa xb\naa\n'
try:
    m = P.search(s); print(24, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(24, 'ERR', type(e).__name__, e)
P = _sre.compile('[ab]{1,2}', 32, [14, 4, 0, 1, 2, 24, 10, 1, 2, 13, 5, 22, 97, 98, 0, 1, 1], 0, {}, (None,))
s = '\n\n\n\n\n '
try:
    m = P.search(s); print(25, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(25, 'ERR', type(e).__name__, e)
P = _sre.compile('[^a]??', 32, [14, 4, 0, 0, 1, 26, 6, 0, 1, 20, 97, 1, 1], 0, {}, (None,))
s = 'bax aa x'
try:
    m = P.search(s); print(26, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(26, 'ERR', type(e).__name__, e)
P = _sre.compile('[a-c]+?', 32, [14, 4, 0, 1, 4294967295, 26, 10, 1, 4294967295, 13, 5, 22, 97, 99, 0, 1, 1], 0, {}, (None,))
s = ''
try:
    m = P.search(s); print(27, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(27, 'ERR', type(e).__name__, e)
P = _sre.compile('\\w*', 32, [14, 4, 0, 0, 4294967295, 24, 9, 0, 4294967295, 13, 4, 8, 14, 0, 1, 1], 0, {}, (None,))
s = 'bxa   ab\n'
try:
    m = P.search(s); print(28, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(28, 'ERR', type(e).__name__, e)
P = _sre.compile('[a-c]?', 32, [14, 4, 0, 0, 1, 24, 10, 0, 1, 13, 5, 22, 97, 99, 0, 1, 1], 0, {}, (None,))
s = 'a x'
try:
    m = P.search(s); print(29, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(29, 'ERR', type(e).__name__, e)
P = _sre.compile('(?>((?<=a)|(?=x*a?+.+?){2})*+a{2})(?<=a)*', 32, [14, 4, 0, 2, 2, 27, 61, 28, 50, 0, 4294967295, 17, 0, 7, 9, 4, 5, 1, 16, 97, 1, 15, 34, 32, 23, 27, 2, 2, 4, 23, 0, 24, 6, 0, 4294967295, 16, 120, 1, 29, 6, 0, 1, 16, 97, 1, 26, 5, 1, 4294967295, 2, 1, 1, 18, 15, 2, 0, 17, 1, 1, 24, 6, 2, 2, 16, 97, 1, 1, 23, 9, 0, 4294967295, 4, 5, 1, 16, 97, 1, 18, 1], 1, {}, (None, None))
s = ' xba xa\nabx'
try:
    m = P.search(s); print(30, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(30, 'ERR', type(e).__name__, e)
P = _sre.compile('(?=.{0,3}?(b){1,2})*+((?:b{1,2}|\\s*?)[^a][^a]??|b++^)+?', 32, [14, 4, 0, 1, 4294967295, 28, 24, 0, 4294967295, 4, 20, 0, 26, 5, 0, 3, 2, 1, 23, 9, 1, 2, 17, 0, 16, 98, 17, 1, 18, 1, 1, 23, 58, 1, 4294967295, 17, 2, 7, 37, 7, 10, 24, 6, 1, 2, 16, 98, 1, 15, 15, 13, 26, 9, 0, 4294967295, 13, 4, 8, 12, 0, 1, 15, 2, 0, 20, 97, 26, 6, 0, 1, 20, 97, 1, 15, 14, 12, 29, 6, 1, 4294967295, 16, 98, 1, 6, 0, 15, 2, 0, 17, 3, 19, 1], 2, {}, (None, None, None))
s = ' '
try:
    m = P.search(s); print(31, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(31, 'ERR', type(e).__name__, e)
P = _sre.compile('([ab]{2}(?<!b)?\\b)++', 32, [14, 4, 0, 2, 4294967295, 28, 31, 1, 4294967295, 17, 0, 24, 10, 2, 2, 13, 5, 22, 97, 98, 0, 1, 23, 9, 0, 1, 5, 5, 1, 16, 98, 1, 18, 6, 10, 17, 1, 1, 1], 1, {}, (None, None))
s = '\n'
try:
    m = P.search(s); print(32, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(32, 'ERR', type(e).__name__, e)
P = _sre.compile('x?+(?i:A)+?b|\\s{0,3}?', 32, [14, 4, 0, 0, 4294967295, 7, 19, 29, 6, 0, 1, 16, 120, 1, 26, 6, 1, 4294967295, 40, 97, 1, 16, 98, 15, 15, 13, 26, 9, 0, 3, 13, 4, 8, 12, 0, 1, 15, 2, 0, 1], 0, {}, (None,))
s = 'xbb a x'
try:
    m = P.search(s); print(33, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(33, 'ERR', type(e).__name__, e)
P = _sre.compile('a', 32, [14, 8, 3, 1, 1, 1, 1, 97, 0, 16, 97, 1], 0, {}, (None,))
s = 'a b\nbb\na \n'
try:
    m = P.search(s); print(34, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(34, 'ERR', type(e).__name__, e)
P = _sre.compile('\\s++', 32, [14, 4, 0, 1, 4294967295, 29, 9, 1, 4294967295, 13, 4, 8, 12, 0, 1, 1], 0, {}, (None,))
s = 'bb'
try:
    m = P.search(s); print(35, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(35, 'ERR', type(e).__name__, e)
P = _sre.compile('(?=(.*+x{0,3}?a++|\\w+))+', 32, [14, 4, 0, 0, 0, 23, 49, 1, 4294967295, 4, 45, 0, 17, 0, 7, 23, 29, 5, 0, 4294967295, 2, 1, 26, 6, 0, 3, 16, 120, 1, 29, 6, 1, 4294967295, 16, 97, 1, 15, 15, 13, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 15, 2, 0, 17, 1, 1, 18, 1], 1, {}, (None, None))
s = '\nbb'
try:
    m = P.search(s); print(36, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(36, 'ERR', type(e).__name__, e)
P = _sre.compile('(?i:A)', 32, [14, 4, 0, 1, 1, 40, 97, 1], 0, {}, (None,))
s = 'bbxb\na bx\nbb'
try:
    m = P.search(s); print(37, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(37, 'ERR', type(e).__name__, e)
P = _sre.compile('[ab]*(?i:A)++\\s*+', 32, [14, 4, 0, 1, 4294967295, 24, 10, 0, 4294967295, 13, 5, 22, 97, 98, 0, 1, 29, 6, 1, 4294967295, 40, 97, 1, 29, 9, 0, 4294967295, 13, 4, 8, 12, 0, 1, 1], 0, {}, (None,))
s = 'ba b  b'
try:
    m = P.search(s); print(38, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(38, 'ERR', type(e).__name__, e)
P = _sre.compile('x??x*?', 32, [14, 4, 0, 0, 4294967295, 26, 6, 0, 1, 16, 120, 1, 26, 6, 0, 4294967295, 16, 120, 1, 1], 0, {}, (None,))
s = ' xa  \n\n  x'
try:
    m = P.search(s); print(39, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(39, 'ERR', type(e).__name__, e)
P = _sre.compile('(?:(?>.?)?+|[^a]{2}[ab]*)*+', 32, [14, 4, 0, 0, 4294967295, 28, 43, 0, 4294967295, 7, 17, 28, 12, 0, 1, 27, 8, 24, 5, 0, 1, 2, 1, 1, 1, 15, 23, 21, 24, 6, 2, 2, 20, 97, 1, 24, 10, 0, 4294967295, 13, 5, 22, 97, 98, 0, 1, 15, 2, 0, 1, 1], 0, {}, (None,))
s = 'xb\n\naaxbbb\n'
try:
    m = P.search(s); print(40, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(40, 'ERR', type(e).__name__, e)
P = _sre.compile('a*?(?<!b)+(?i:A){0,3}?|([ab].a?)', 32, [14, 4, 0, 0, 4294967295, 7, 28, 26, 6, 0, 4294967295, 16, 97, 1, 23, 9, 1, 4294967295, 5, 5, 1, 16, 98, 1, 18, 26, 6, 0, 3, 40, 97, 1, 15, 23, 21, 17, 0, 13, 5, 22, 97, 98, 0, 2, 24, 6, 0, 1, 16, 97, 1, 17, 1, 15, 2, 0, 1], 1, {}, (None, None))
s = '\nxxbbxbbxxxx'
try:
    m = P.search(s); print(41, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(41, 'ERR', type(e).__name__, e)
P = _sre.compile('[a-c]*', 32, [14, 4, 0, 0, 4294967295, 24, 10, 0, 4294967295, 13, 5, 22, 97, 99, 0, 1, 1], 0, {}, (None,))
s = 'b\na   x'
try:
    m = P.search(s); print(42, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(42, 'ERR', type(e).__name__, e)
P = _sre.compile('(?>b+?)*?|\\w*+(?P<n26080>x++([^a]{1,2}b*+(?:$b?+)??){0,3}?|\\s{0,3}?((?i:A)*?x??)+)?+', 32, [14, 4, 0, 0, 4294967295, 7, 18, 23, 13, 0, 4294967295, 27, 9, 26, 6, 1, 4294967295, 16, 98, 1, 1, 19, 15, 109, 107, 29, 9, 0, 4294967295, 13, 4, 8, 14, 0, 1, 28, 92, 0, 1, 17, 0, 7, 47, 29, 6, 1, 4294967295, 16, 120, 1, 23, 35, 0, 3, 17, 2, 24, 6, 1, 2, 20, 97, 1, 29, 6, 0, 4294967295, 16, 98, 1, 23, 12, 0, 1, 6, 5, 29, 6, 0, 1, 16, 98, 1, 19, 17, 3, 19, 15, 38, 36, 26, 9, 0, 3, 13, 4, 8, 12, 0, 1, 23, 21, 1, 4294967295, 17, 4, 26, 6, 0, 4294967295, 40, 97, 1, 26, 6, 0, 1, 16, 120, 1, 17, 5, 18, 15, 2, 0, 17, 1, 1, 15, 2, 0, 1], 3, {'n26080': 1}, (None, 'n26080', None, None))
s = 'baa\nb xxxab\n'
try:
    m = P.search(s); print(43, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(43, 'ERR', type(e).__name__, e)
P = _sre.compile('(?:(?<=a)??).{2}.{1,2}', 32, [14, 4, 0, 3, 4, 23, 9, 0, 1, 4, 5, 1, 16, 97, 1, 19, 24, 5, 2, 2, 2, 1, 24, 5, 1, 2, 2, 1, 1], 0, {}, (None,))
s = 'ab'
try:
    m = P.search(s); print(44, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(44, 'ERR', type(e).__name__, e)
P = _sre.compile('[^a]*x(a*?){2}', 32, [14, 4, 0, 1, 4294967295, 24, 6, 0, 4294967295, 20, 97, 1, 16, 120, 23, 14, 2, 2, 17, 0, 26, 6, 0, 4294967295, 16, 97, 1, 17, 1, 18, 1], 1, {}, (None, None))
s = ' \na\n'
try:
    m = P.search(s); print(45, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(45, 'ERR', type(e).__name__, e)
P = _sre.compile('[a-c]+?', 32, [14, 4, 0, 1, 4294967295, 26, 10, 1, 4294967295, 13, 5, 22, 97, 99, 0, 1, 1], 0, {}, (None,))
s = ''
try:
    m = P.search(s); print(46, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(46, 'ERR', type(e).__name__, e)
P = _sre.compile('[a-c]??(?i:A)++((?<!b)+(?!(?P<n43921>[ab]++)+?)??\\w*+)*+', 32, [14, 4, 0, 1, 4294967295, 26, 10, 0, 1, 13, 5, 22, 97, 99, 0, 1, 29, 6, 1, 4294967295, 40, 97, 1, 28, 57, 0, 4294967295, 17, 0, 23, 9, 1, 4294967295, 5, 5, 1, 16, 98, 1, 18, 23, 27, 0, 1, 5, 23, 0, 23, 18, 1, 4294967295, 17, 2, 29, 10, 1, 4294967295, 13, 5, 22, 97, 98, 0, 1, 17, 3, 19, 1, 19, 29, 9, 0, 4294967295, 13, 4, 8, 14, 0, 1, 17, 1, 1, 1], 2, {'n43921': 2}, (None, None, 'n43921'))
s = 'xaxabaabab'
try:
    m = P.search(s); print(47, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(47, 'ERR', type(e).__name__, e)
P = _sre.compile('(?=x{2}[a-c]*+([a-c]+?)*?)+', 32, [14, 4, 0, 0, 0, 23, 45, 1, 4294967295, 4, 41, 0, 24, 6, 2, 2, 16, 120, 1, 29, 10, 0, 4294967295, 13, 5, 22, 97, 99, 0, 1, 23, 18, 0, 4294967295, 17, 0, 26, 10, 1, 4294967295, 13, 5, 22, 97, 99, 0, 1, 17, 1, 19, 1, 18, 1], 1, {}, (None, None))
s = 'b  '
try:
    m = P.search(s); print(48, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(48, 'ERR', type(e).__name__, e)
P = _sre.compile('\\s+', 32, [14, 4, 0, 1, 4294967295, 24, 9, 1, 4294967295, 13, 4, 8, 12, 0, 1, 1], 0, {}, (None,))
s = ' \n\n \n '
try:
    m = P.search(s); print(49, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(49, 'ERR', type(e).__name__, e)
P = _sre.compile('((\\w*){2}(?>(?=[a-c]?[ab]{2}[ab]??)+.*+((?<!b)++){2})+?\\w??){1,2}a+?', 32, [14, 4, 0, 1, 4294967295, 23, 112, 1, 2, 17, 0, 23, 17, 2, 2, 17, 2, 24, 9, 0, 4294967295, 13, 4, 8, 14, 0, 1, 17, 3, 18, 23, 74, 1, 4294967295, 27, 70, 23, 40, 1, 4294967295, 4, 36, 0, 24, 10, 0, 1, 13, 5, 22, 97, 99, 0, 1, 24, 10, 2, 2, 13, 5, 22, 97, 98, 0, 1, 26, 10, 0, 1, 13, 5, 22, 97, 98, 0, 1, 1, 18, 29, 5, 0, 4294967295, 2, 1, 23, 18, 2, 2, 17, 4, 28, 9, 1, 4294967295, 5, 5, 1, 16, 98, 1, 1, 17, 5, 18, 1, 19, 26, 9, 0, 1, 13, 4, 8, 14, 0, 1, 17, 1, 18, 26, 6, 1, 4294967295, 16, 97, 1, 1], 3, {}, (None, None, None, None))
s = '  xa\n\n  x '
try:
    m = P.search(s); print(50, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(50, 'ERR', type(e).__name__, e)
P = _sre.compile('[^a]{0,3}?|[ab]\\s{0,3}?', 32, [14, 4, 0, 0, 4, 7, 10, 26, 6, 0, 3, 20, 97, 1, 15, 21, 19, 13, 5, 22, 97, 98, 0, 26, 9, 0, 3, 13, 4, 8, 12, 0, 1, 15, 2, 0, 1], 0, {}, (None,))
s = 'xbbxxbaaax'
try:
    m = P.search(s); print(51, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(51, 'ERR', type(e).__name__, e)
P = _sre.compile('[^a]*?[^a]{0,3}?', 32, [14, 4, 0, 0, 4294967295, 26, 6, 0, 4294967295, 20, 97, 1, 26, 6, 0, 3, 20, 97, 1, 1], 0, {}, (None,))
s = 'xaaxxb     \n'
try:
    m = P.search(s); print(52, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(52, 'ERR', type(e).__name__, e)
P = _sre.compile('(?i:A)x*?', 32, [14, 4, 0, 1, 4294967295, 40, 97, 26, 6, 0, 4294967295, 16, 120, 1, 1], 0, {}, (None,))
s = 'bba\n'
try:
    m = P.search(s); print(53, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(53, 'ERR', type(e).__name__, e)
P = _sre.compile('[a-c]*a*', 32, [14, 4, 0, 0, 4294967295, 24, 10, 0, 4294967295, 13, 5, 22, 97, 99, 0, 1, 24, 6, 0, 4294967295, 16, 97, 1, 1], 0, {}, (None,))
s = 'x\n\nbab xbb b'
try:
    m = P.search(s); print(54, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(54, 'ERR', type(e).__name__, e)
P = _sre.compile('[^a]*?', 32, [14, 4, 0, 0, 4294967295, 26, 6, 0, 4294967295, 20, 97, 1, 1], 0, {}, (None,))
s = 'bxx b\na bba'
try:
    m = P.search(s); print(55, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(55, 'ERR', type(e).__name__, e)
P = _sre.compile('[^a]{1,2}x++(?:a*?.{0,3}?)++', 32, [14, 4, 0, 2, 4294967295, 24, 6, 1, 2, 20, 97, 1, 29, 6, 1, 4294967295, 16, 120, 1, 28, 16, 1, 4294967295, 26, 6, 0, 4294967295, 16, 97, 1, 26, 5, 0, 3, 2, 1, 1, 1], 0, {}, (None,))
s = 'b b\na\na '
try:
    m = P.search(s); print(56, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(56, 'ERR', type(e).__name__, e)
P = _sre.compile('(?>(?=([a-c][a-c]+)??(?>[a-c]+|a|b+(?i:A)?){2}){1,2}(?:(?>(?P<n88905>(?i:A)+?){0,3}?){0,3}?|\\w?[ab]{2}(?<!b)??|.{2}[ab]){0,3}?|x*){1,2}', 32, [14, 4, 0, 0, 4294967295, 23, 186, 1, 2, 27, 182, 7, 168, 23, 79, 1, 2, 4, 75, 0, 23, 24, 0, 1, 17, 0, 13, 5, 22, 97, 99, 0, 24, 10, 1, 4294967295, 13, 5, 22, 97, 99, 0, 1, 17, 1, 19, 23, 44, 2, 2, 27, 40, 7, 14, 24, 10, 1, 4294967295, 13, 5, 22, 97, 99, 0, 1, 15, 24, 5, 16, 97, 15, 19, 17, 24, 6, 1, 4294967295, 16, 98, 1, 24, 6, 0, 1, 40, 97, 1, 15, 2, 0, 1, 18, 1, 18, 23, 82, 0, 3, 7, 27, 23, 22, 0, 3, 27, 18, 23, 14, 0, 3, 17, 2, 26, 6, 1, 4294967295, 40, 97, 1, 17, 3, 19, 1, 19, 15, 52, 35, 24, 9, 0, 1, 13, 4, 8, 14, 0, 1, 24, 10, 2, 2, 13, 5, 22, 97, 98, 0, 1, 23, 9, 0, 1, 5, 5, 1, 16, 98, 1, 19, 15, 17, 15, 24, 5, 2, 2, 2, 1, 13, 5, 22, 97, 98, 0, 15, 2, 0, 19, 15, 12, 10, 24, 6, 0, 4294967295, 16, 120, 1, 15, 2, 0, 1, 18, 1], 2, {'n88905': 2}, (None, None, 'n88905'))
s = '\n bab\naxxa\n'
try:
    m = P.search(s); print(57, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(57, 'ERR', type(e).__name__, e)
P = _sre.compile('\\w', 32, [14, 7, 4, 1, 1, 8, 14, 0, 13, 4, 8, 14, 0, 1], 0, {}, (None,))
s = 'abba x \n'
try:
    m = P.search(s); print(58, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(58, 'ERR', type(e).__name__, e)
P = _sre.compile('(?<=a)??', 32, [14, 4, 0, 0, 0, 23, 9, 0, 1, 4, 5, 1, 16, 97, 1, 19, 1], 0, {}, (None,))
s = ' xxx bax '
try:
    m = P.search(s); print(59, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(59, 'ERR', type(e).__name__, e)
P = _sre.compile('(?i:A)*(?=.?)*', 32, [14, 4, 0, 0, 4294967295, 24, 6, 0, 4294967295, 40, 97, 1, 23, 13, 0, 4294967295, 4, 9, 0, 24, 5, 0, 1, 2, 1, 1, 18, 1], 0, {}, (None,))
s = 'b\n '
try:
    m = P.search(s); print(60, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(60, 'ERR', type(e).__name__, e)
P = _sre.compile('^|(?<=a)?[ab]*+', 32, [14, 4, 0, 0, 4294967295, 7, 5, 6, 0, 15, 27, 25, 23, 9, 0, 1, 4, 5, 1, 16, 97, 1, 18, 29, 10, 0, 4294967295, 13, 5, 22, 97, 98, 0, 1, 15, 2, 0, 1], 0, {}, (None,))
s = 'bx'
try:
    m = P.search(s); print(61, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(61, 'ERR', type(e).__name__, e)
P = _sre.compile('[^a]*+(.{0,3}?\\s)*', 32, [14, 4, 0, 0, 4294967295, 29, 6, 0, 4294967295, 20, 97, 1, 23, 18, 0, 4294967295, 17, 0, 26, 5, 0, 3, 2, 1, 13, 4, 8, 12, 0, 17, 1, 18, 1], 1, {}, (None, None))
s = 'bxbb'
try:
    m = P.search(s); print(62, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(62, 'ERR', type(e).__name__, e)
P = _sre.compile('^|[ab]{1,2}[ab]+', 32, [14, 4, 0, 0, 4294967295, 7, 5, 6, 0, 15, 27, 25, 24, 10, 1, 2, 13, 5, 22, 97, 98, 0, 1, 24, 10, 1, 4294967295, 13, 5, 22, 97, 98, 0, 1, 15, 2, 0, 1], 0, {}, (None,))
s = 'ab'
try:
    m = P.search(s); print(63, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(63, 'ERR', type(e).__name__, e)
P = _sre.compile('.{1,2}', 32, [14, 4, 0, 1, 2, 24, 5, 1, 2, 2, 1, 1], 0, {}, (None,))
s = '\nabx'
try:
    m = P.search(s); print(64, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(64, 'ERR', type(e).__name__, e)
P = _sre.compile('(?i:A){2}', 32, [14, 4, 0, 2, 2, 24, 6, 2, 2, 40, 97, 1, 1], 0, {}, (None,))
s = ' x\nabx a'
try:
    m = P.search(s); print(65, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(65, 'ERR', type(e).__name__, e)
P = _sre.compile('(?=(?=((x?+.+?(?i:A){1,2}){2})*?[^a]*+((?i:A)??)+?)++x+)?+', 32, [14, 4, 0, 0, 0, 28, 84, 0, 1, 4, 80, 0, 28, 68, 1, 4294967295, 4, 64, 0, 23, 36, 0, 4294967295, 17, 0, 23, 27, 2, 2, 17, 2, 29, 6, 0, 1, 16, 120, 1, 26, 5, 1, 4294967295, 2, 1, 24, 6, 1, 2, 40, 97, 1, 17, 3, 18, 17, 1, 19, 29, 6, 0, 4294967295, 20, 97, 1, 23, 14, 1, 4294967295, 17, 4, 26, 6, 0, 1, 40, 97, 1, 17, 5, 19, 1, 1, 24, 6, 1, 4294967295, 16, 120, 1, 1, 1, 1], 3, {}, (None, None, None, None))
s = '\n bab\n\n'
try:
    m = P.search(s); print(66, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(66, 'ERR', type(e).__name__, e)
P = _sre.compile('b{2}', 32, [14, 4, 0, 2, 2, 24, 6, 2, 2, 16, 98, 1, 1], 0, {}, (None,))
s = 'a\na\nbaa'
try:
    m = P.search(s); print(67, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(67, 'ERR', type(e).__name__, e)
P = _sre.compile('x*|.+x{0,3}?(x{0,3}?)?+', 32, [14, 4, 0, 0, 4294967295, 7, 10, 24, 6, 0, 4294967295, 16, 120, 1, 15, 34, 32, 24, 5, 1, 4294967295, 2, 1, 26, 6, 0, 3, 16, 120, 1, 28, 14, 0, 1, 17, 0, 26, 6, 0, 3, 16, 120, 1, 17, 1, 1, 15, 2, 0, 1], 1, {}, (None, None))
s = ' \n b \nabx\n'
try:
    m = P.search(s); print(68, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(68, 'ERR', type(e).__name__, e)
P = _sre.compile('\\s+?', 32, [14, 4, 0, 1, 4294967295, 26, 9, 1, 4294967295, 13, 4, 8, 12, 0, 1, 1], 0, {}, (None,))
s = 'xx\nx\na\nb'
try:
    m = P.search(s); print(69, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(69, 'ERR', type(e).__name__, e)
P = _sre.compile('x', 32, [14, 8, 3, 1, 1, 1, 1, 120, 0, 16, 120, 1], 0, {}, (None,))
s = 'xaaxab\n'
try:
    m = P.search(s); print(70, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(70, 'ERR', type(e).__name__, e)
P = _sre.compile('a+?', 32, [14, 4, 0, 1, 4294967295, 26, 6, 1, 4294967295, 16, 97, 1, 1], 0, {}, (None,))
s = 'xx\nb x\nb'
try:
    m = P.search(s); print(71, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(71, 'ERR', type(e).__name__, e)
P = _sre.compile('[ab]{0,3}?', 32, [14, 4, 0, 0, 3, 26, 10, 0, 3, 13, 5, 22, 97, 98, 0, 1, 1], 0, {}, (None,))
s = 'x\nbbb\n'
try:
    m = P.search(s); print(72, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(72, 'ERR', type(e).__name__, e)
P = _sre.compile('[^a]??(?:(?i:A)*)+', 32, [14, 4, 0, 0, 4294967295, 26, 6, 0, 1, 20, 97, 1, 23, 10, 1, 4294967295, 24, 6, 0, 4294967295, 40, 97, 1, 18, 1], 0, {}, (None,))
s = ' bx\n'
try:
    m = P.search(s); print(73, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(73, 'ERR', type(e).__name__, e)
P = _sre.compile('\\w+', 32, [14, 4, 0, 1, 4294967295, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 1], 0, {}, (None,))
s = ' b\nx'
try:
    m = P.search(s); print(74, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(74, 'ERR', type(e).__name__, e)
P = _sre.compile('([a-c]*?)?([a-c]*?[ab]{0,3}?\\s)b?', 32, [14, 4, 0, 1, 4294967295, 23, 18, 0, 1, 17, 0, 26, 10, 0, 4294967295, 13, 5, 22, 97, 99, 0, 1, 17, 1, 18, 17, 2, 26, 10, 0, 4294967295, 13, 5, 22, 97, 99, 0, 1, 26, 10, 0, 3, 13, 5, 22, 97, 98, 0, 1, 13, 4, 8, 12, 0, 17, 3, 24, 6, 0, 1, 16, 98, 1, 1], 2, {}, (None, None, None))
s = 'bx'
try:
    m = P.search(s); print(75, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(75, 'ERR', type(e).__name__, e)
P = _sre.compile('a{2}\\w{2}', 32, [14, 4, 0, 4, 4, 24, 6, 2, 2, 16, 97, 1, 24, 9, 2, 2, 13, 4, 8, 14, 0, 1, 1], 0, {}, (None,))
s = '\na'
try:
    m = P.search(s); print(76, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(76, 'ERR', type(e).__name__, e)
P = _sre.compile('(?:(?<=a)*?)', 32, [14, 4, 0, 0, 0, 23, 9, 0, 4294967295, 4, 5, 1, 16, 97, 1, 19, 1], 0, {}, (None,))
s = ' ab'
try:
    m = P.search(s); print(77, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(77, 'ERR', type(e).__name__, e)
P = _sre.compile('b*+|(?:\\s{2}[a-c]++){0,3}?b*', 32, [14, 4, 0, 0, 4294967295, 7, 10, 29, 6, 0, 4294967295, 16, 98, 1, 15, 38, 36, 23, 24, 0, 3, 24, 9, 2, 2, 13, 4, 8, 12, 0, 1, 29, 10, 1, 4294967295, 13, 5, 22, 97, 99, 0, 1, 19, 24, 6, 0, 4294967295, 16, 98, 1, 15, 2, 0, 1], 0, {}, (None,))
s = 'a\na\nax   xx\n'
try:
    m = P.search(s); print(78, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(78, 'ERR', type(e).__name__, e)
P = _sre.compile('x[ab]?(?=b*?)++', 32, [14, 8, 1, 1, 2, 1, 1, 120, 0, 16, 120, 24, 10, 0, 1, 13, 5, 22, 97, 98, 0, 1, 28, 14, 1, 4294967295, 4, 10, 0, 26, 6, 0, 4294967295, 16, 98, 1, 1, 1, 1], 0, {}, (None,))
s = '\n'
try:
    m = P.search(s); print(79, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(79, 'ERR', type(e).__name__, e)
P = _sre.compile('\\s?+x*+', 32, [14, 4, 0, 0, 4294967295, 29, 9, 0, 1, 13, 4, 8, 12, 0, 1, 29, 6, 0, 4294967295, 16, 120, 1, 1], 0, {}, (None,))
s = 'x   '
try:
    m = P.search(s); print(80, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(80, 'ERR', type(e).__name__, e)
P = _sre.compile('x+|((?i:A){1,2})', 32, [14, 4, 0, 1, 4294967295, 7, 10, 24, 6, 1, 4294967295, 16, 120, 1, 15, 16, 14, 17, 0, 24, 6, 1, 2, 40, 97, 1, 17, 1, 15, 2, 0, 1], 1, {}, (None, None))
s = 'b'
try:
    m = P.search(s); print(81, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(81, 'ERR', type(e).__name__, e)
P = _sre.compile('.*?.+?', 32, [14, 4, 0, 1, 4294967295, 26, 5, 0, 4294967295, 2, 1, 26, 5, 1, 4294967295, 2, 1, 1], 0, {}, (None,))
s = 'b\nx\naxx\n\n'
try:
    m = P.search(s); print(82, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(82, 'ERR', type(e).__name__, e)
P = _sre.compile('[ab]{0,3}?', 32, [14, 4, 0, 0, 3, 26, 10, 0, 3, 13, 5, 22, 97, 98, 0, 1, 1], 0, {}, (None,))
s = 'abax'
try:
    m = P.search(s); print(83, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(83, 'ERR', type(e).__name__, e)
P = _sre.compile('(?!\\s??[a-c]?[a-c]{0,3}?)*a*', 32, [14, 4, 0, 0, 4294967295, 23, 39, 0, 4294967295, 5, 35, 0, 26, 9, 0, 1, 13, 4, 8, 12, 0, 1, 24, 10, 0, 1, 13, 5, 22, 97, 99, 0, 1, 26, 10, 0, 3, 13, 5, 22, 97, 99, 0, 1, 1, 18, 24, 6, 0, 4294967295, 16, 97, 1, 1], 0, {}, (None,))
s = ' xa\n\naxba\n\n\n'
try:
    m = P.search(s); print(84, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(84, 'ERR', type(e).__name__, e)
P = _sre.compile('[^a](?<=a)?+', 32, [14, 4, 0, 1, 1, 20, 97, 28, 9, 0, 1, 4, 5, 1, 16, 97, 1, 1, 1], 0, {}, (None,))
s = ' a\n'
try:
    m = P.search(s); print(85, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(85, 'ERR', type(e).__name__, e)
P = _sre.compile('x', 32, [14, 8, 3, 1, 1, 1, 1, 120, 0, 16, 120, 1], 0, {}, (None,))
s = 'axxa x\nba'
try:
    m = P.search(s); print(86, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(86, 'ERR', type(e).__name__, e)
P = _sre.compile('(?:((?i:A){2}[^a]{2}){1,2}.{1,2}[^a]++|(?<=a){1,2})\\s', 32, [14, 4, 0, 1, 4294967295, 7, 39, 23, 21, 1, 2, 17, 0, 24, 6, 2, 2, 40, 97, 1, 24, 6, 2, 2, 20, 97, 1, 17, 1, 18, 24, 5, 1, 2, 2, 1, 29, 6, 1, 4294967295, 20, 97, 1, 15, 16, 14, 23, 9, 1, 2, 4, 5, 1, 16, 97, 1, 18, 15, 2, 0, 13, 4, 8, 12, 0, 1], 1, {}, (None, None))
s = '\nxx \n\n\nb ab'
try:
    m = P.search(s); print(87, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(87, 'ERR', type(e).__name__, e)
P = _sre.compile('((?>\\s?(?:\\s*?[^a][a-c]+?){0,3}?([^a]?))++|(?>.*+){1,2})??a', 32, [14, 4, 0, 1, 4294967295, 23, 86, 0, 1, 17, 0, 7, 60, 28, 55, 1, 4294967295, 27, 51, 24, 9, 0, 1, 13, 4, 8, 12, 0, 1, 23, 26, 0, 3, 26, 9, 0, 4294967295, 13, 4, 8, 12, 0, 1, 20, 97, 26, 10, 1, 4294967295, 13, 5, 22, 97, 99, 0, 1, 19, 17, 2, 24, 6, 0, 1, 20, 97, 1, 17, 3, 1, 1, 15, 19, 17, 23, 12, 1, 2, 27, 8, 29, 5, 0, 4294967295, 2, 1, 1, 18, 15, 2, 0, 17, 1, 19, 16, 97, 1], 2, {}, (None, None, None))
s = 'ba '
try:
    m = P.search(s); print(88, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(88, 'ERR', type(e).__name__, e)
P = _sre.compile('((x{2}(?<=a)?a?)){0,3}?(?>\\w?+)(?P<n26724>b.*?)?+', 32, [14, 4, 0, 0, 4294967295, 23, 36, 0, 3, 17, 0, 17, 2, 24, 6, 2, 2, 16, 120, 1, 23, 9, 0, 1, 4, 5, 1, 16, 97, 1, 18, 24, 6, 0, 1, 16, 97, 1, 17, 3, 17, 1, 19, 27, 12, 29, 9, 0, 1, 13, 4, 8, 14, 0, 1, 1, 28, 15, 0, 1, 17, 4, 16, 98, 26, 5, 0, 4294967295, 2, 1, 17, 5, 1, 1], 3, {'n26724': 3}, (None, None, None, 'n26724'))
s = 'aaaaaaaxb'
try:
    m = P.search(s); print(89, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(89, 'ERR', type(e).__name__, e)
P = _sre.compile('((?>(x)(x{2}(?i:A)*?)+?)*?)?', 32, [14, 4, 0, 0, 4294967295, 23, 44, 0, 1, 17, 0, 23, 35, 0, 4294967295, 27, 31, 17, 2, 16, 120, 17, 3, 23, 21, 1, 4294967295, 17, 4, 24, 6, 2, 2, 16, 120, 1, 26, 6, 0, 4294967295, 40, 97, 1, 17, 5, 19, 1, 19, 17, 1, 18, 1], 3, {}, (None, None, None, None))
s = ' xa\naa xxbbb'
try:
    m = P.search(s); print(90, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(90, 'ERR', type(e).__name__, e)
P = _sre.compile('[^a]*(?<=a){2}(?>(?:(?=x+[ab]??){0,3}?)?(?<=a)??)*?', 32, [14, 4, 0, 0, 4294967295, 24, 6, 0, 4294967295, 20, 97, 1, 23, 9, 2, 2, 4, 5, 1, 16, 97, 1, 18, 23, 49, 0, 4294967295, 27, 45, 23, 30, 0, 1, 23, 25, 0, 3, 4, 21, 0, 24, 6, 1, 4294967295, 16, 120, 1, 26, 10, 0, 1, 13, 5, 22, 97, 98, 0, 1, 1, 19, 18, 23, 9, 0, 1, 4, 5, 1, 16, 97, 1, 19, 1, 19, 1], 0, {}, (None,))
s = 'bab   a b'
try:
    m = P.search(s); print(91, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(91, 'ERR', type(e).__name__, e)
P = _sre.compile('[ab]??|[ab]*?([^a]{0,3}?){1,2}', 32, [14, 4, 0, 0, 4294967295, 7, 14, 26, 10, 0, 1, 13, 5, 22, 97, 98, 0, 1, 15, 32, 30, 26, 10, 0, 4294967295, 13, 5, 22, 97, 98, 0, 1, 23, 14, 1, 2, 17, 0, 26, 6, 0, 3, 20, 97, 1, 17, 1, 18, 15, 2, 0, 1], 1, {}, (None, None))
s = 'a a'
try:
    m = P.search(s); print(92, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(92, 'ERR', type(e).__name__, e)
P = _sre.compile('.?+', 32, [14, 4, 0, 0, 1, 29, 5, 0, 1, 2, 1, 1], 0, {}, (None,))
s = ' '
try:
    m = P.search(s); print(93, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(93, 'ERR', type(e).__name__, e)
P = _sre.compile('[ab]+', 32, [14, 4, 0, 1, 4294967295, 24, 10, 1, 4294967295, 13, 5, 22, 97, 98, 0, 1, 1], 0, {}, (None,))
s = 'bbxx a'
try:
    m = P.search(s); print(94, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(94, 'ERR', type(e).__name__, e)
P = _sre.compile('(?i:A)*?', 32, [14, 4, 0, 0, 4294967295, 26, 6, 0, 4294967295, 40, 97, 1, 1], 0, {}, (None,))
s = ' '
try:
    m = P.search(s); print(95, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(95, 'ERR', type(e).__name__, e)
P = _sre.compile('(?:b{1,2})?b*', 32, [14, 4, 0, 0, 4294967295, 23, 10, 0, 1, 24, 6, 1, 2, 16, 98, 1, 18, 24, 6, 0, 4294967295, 16, 98, 1, 1], 0, {}, (None,))
s = '\n'
try:
    m = P.search(s); print(96, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(96, 'ERR', type(e).__name__, e)
P = _sre.compile('(?i:A)?+', 32, [14, 4, 0, 0, 1, 29, 6, 0, 1, 40, 97, 1, 1], 0, {}, (None,))
s = 'x'
try:
    m = P.search(s); print(97, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(97, 'ERR', type(e).__name__, e)
P = _sre.compile('(?=(?=[^a]{1,2}\\s{2})*?(?>x{1,2}x??x?+))*(?<!b)(?=.??(?:\\w?+){2}[ab]){1,2}', 32, [14, 4, 0, 0, 0, 23, 57, 0, 4294967295, 4, 53, 0, 23, 24, 0, 4294967295, 4, 20, 0, 24, 6, 1, 2, 20, 97, 1, 24, 9, 2, 2, 13, 4, 8, 12, 0, 1, 1, 19, 27, 23, 24, 6, 1, 2, 16, 120, 1, 26, 6, 0, 1, 16, 120, 1, 29, 6, 0, 1, 16, 120, 1, 1, 1, 18, 5, 5, 1, 16, 98, 1, 23, 34, 1, 2, 4, 30, 0, 26, 5, 0, 1, 2, 1, 23, 13, 2, 2, 29, 9, 0, 1, 13, 4, 8, 14, 0, 1, 18, 13, 5, 22, 97, 98, 0, 1, 18, 1], 0, {}, (None,))
s = 'b\n  b  xb'
try:
    m = P.search(s); print(98, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(98, 'ERR', type(e).__name__, e)
P = _sre.compile('(?i:A){2}[a-c]|[ab]?((?i:A)??\\w*?(b{1,2}))*+', 32, [14, 4, 0, 0, 4294967295, 7, 16, 24, 6, 2, 2, 40, 97, 1, 13, 5, 22, 97, 99, 0, 15, 53, 51, 24, 10, 0, 1, 13, 5, 22, 97, 98, 0, 1, 28, 35, 0, 4294967295, 17, 0, 26, 6, 0, 1, 40, 97, 1, 26, 9, 0, 4294967295, 13, 4, 8, 14, 0, 1, 17, 2, 24, 6, 1, 2, 16, 98, 1, 17, 3, 17, 1, 1, 15, 2, 0, 1], 2, {}, (None, None, None))
s = ''
try:
    m = P.search(s); print(99, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(99, 'ERR', type(e).__name__, e)
P = _sre.compile('(?i:A)|b(?i:A)', 32, [14, 4, 0, 1, 2, 7, 5, 40, 97, 15, 9, 7, 16, 98, 40, 97, 15, 2, 0, 1], 0, {}, (None,))
s = ' b  a\n\na'
try:
    m = P.search(s); print(100, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(100, 'ERR', type(e).__name__, e)
P = _sre.compile('(?<!b)++', 32, [14, 4, 0, 0, 0, 28, 9, 1, 4294967295, 5, 5, 1, 16, 98, 1, 1, 1], 0, {}, (None,))
s = '\nxax\n'
try:
    m = P.search(s); print(101, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(101, 'ERR', type(e).__name__, e)
P = _sre.compile('[^a]*?[a-c]+?|[a-c]?+|(?<=a)?', 32, [14, 4, 0, 0, 4294967295, 7, 21, 26, 6, 0, 4294967295, 20, 97, 1, 26, 10, 1, 4294967295, 13, 5, 22, 97, 99, 0, 1, 15, 30, 14, 29, 10, 0, 1, 13, 5, 22, 97, 99, 0, 1, 15, 16, 14, 23, 9, 0, 1, 4, 5, 1, 16, 97, 1, 18, 15, 2, 0, 1], 0, {}, (None,))
s = 'xbabxx\nbaxbb'
try:
    m = P.search(s); print(102, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(102, 'ERR', type(e).__name__, e)
P = _sre.compile('[^a]{2}', 32, [14, 4, 0, 2, 2, 24, 6, 2, 2, 20, 97, 1, 1], 0, {}, (None,))
s = 'a  \nabb'
try:
    m = P.search(s); print(103, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(103, 'ERR', type(e).__name__, e)
P = _sre.compile('((?<=a)??)*', 32, [14, 4, 0, 0, 0, 23, 18, 0, 4294967295, 17, 0, 23, 9, 0, 1, 4, 5, 1, 16, 97, 1, 19, 17, 1, 18, 1], 1, {}, (None, None))
s = ' bab x  x'
try:
    m = P.search(s); print(104, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(104, 'ERR', type(e).__name__, e)
P = _sre.compile('[a-c]?+', 32, [14, 4, 0, 0, 1, 29, 10, 0, 1, 13, 5, 22, 97, 99, 0, 1, 1], 0, {}, (None,))
s = 'b '
try:
    m = P.search(s); print(105, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(105, 'ERR', type(e).__name__, e)
P = _sre.compile('(?=(?i:A)*?(?P<n41288>\\b)+)*', 32, [14, 4, 0, 0, 0, 23, 25, 0, 4294967295, 4, 21, 0, 26, 6, 0, 4294967295, 40, 97, 1, 23, 9, 1, 4294967295, 17, 0, 6, 10, 17, 1, 18, 1, 18, 1], 1, {'n41288': 1}, (None, 'n41288'))
s = ''
try:
    m = P.search(s); print(106, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(106, 'ERR', type(e).__name__, e)
P = _sre.compile('\\s*(?i:A)*?', 32, [14, 4, 0, 0, 4294967295, 24, 9, 0, 4294967295, 13, 4, 8, 12, 0, 1, 26, 6, 0, 4294967295, 40, 97, 1, 1], 0, {}, (None,))
s = 'a  '
try:
    m = P.search(s); print(107, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(107, 'ERR', type(e).__name__, e)
P = _sre.compile('[a-c][a-c]+', 32, [14, 8, 4, 2, 4294967295, 22, 97, 99, 0, 13, 5, 22, 97, 99, 0, 24, 10, 1, 4294967295, 13, 5, 22, 97, 99, 0, 1, 1], 0, {}, (None,))
s = 'ba\nxb'
try:
    m = P.search(s); print(108, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(108, 'ERR', type(e).__name__, e)
P = _sre.compile('a*?(?>\\b)*', 32, [14, 4, 0, 0, 4294967295, 26, 6, 0, 4294967295, 16, 97, 1, 23, 8, 0, 4294967295, 27, 4, 6, 10, 1, 18, 1], 0, {}, (None,))
s = ' \n\n\n b\nx'
try:
    m = P.search(s); print(109, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(109, 'ERR', type(e).__name__, e)
P = _sre.compile('(?:b+((.?[^a]{2}(?i:A){2})+(?<!b)?+)+)(?=(?>a?+)+?)*?', 32, [14, 4, 0, 5, 4294967295, 24, 6, 1, 4294967295, 16, 98, 1, 23, 47, 1, 4294967295, 17, 0, 23, 27, 1, 4294967295, 17, 2, 24, 5, 0, 1, 2, 1, 24, 6, 2, 2, 20, 97, 1, 24, 6, 2, 2, 40, 97, 1, 17, 3, 18, 28, 9, 0, 1, 5, 5, 1, 16, 98, 1, 1, 17, 1, 18, 23, 22, 0, 4294967295, 4, 18, 0, 23, 13, 1, 4294967295, 27, 9, 29, 6, 0, 1, 16, 97, 1, 1, 19, 1, 19, 1], 2, {}, (None, None, None))
s = 'xx '
try:
    m = P.search(s); print(110, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(110, 'ERR', type(e).__name__, e)
P = _sre.compile('(?P<n1260>\\s+?)+b*|(\\s*+\\w++\\w*?)?+a{1,2}', 32, [14, 4, 0, 1, 4294967295, 7, 29, 23, 17, 1, 4294967295, 17, 0, 26, 9, 1, 4294967295, 13, 4, 8, 12, 0, 1, 17, 1, 18, 24, 6, 0, 4294967295, 16, 98, 1, 15, 51, 49, 28, 37, 0, 1, 17, 2, 29, 9, 0, 4294967295, 13, 4, 8, 12, 0, 1, 29, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 26, 9, 0, 4294967295, 13, 4, 8, 14, 0, 1, 17, 3, 1, 24, 6, 1, 2, 16, 97, 1, 15, 2, 0, 1], 2, {'n1260': 1}, (None, 'n1260', None))
s = 'a  \na'
try:
    m = P.search(s); print(111, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(111, 'ERR', type(e).__name__, e)
P = _sre.compile('(?=b+?)??', 32, [14, 4, 0, 0, 0, 23, 14, 0, 1, 4, 10, 0, 26, 6, 1, 4294967295, 16, 98, 1, 1, 19, 1], 0, {}, (None,))
s = ' \nxa'
try:
    m = P.search(s); print(112, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(112, 'ERR', type(e).__name__, e)
P = _sre.compile('[a-c]??(?P<n17709>[ab]?b{2}){0,3}?', 32, [14, 4, 0, 0, 10, 26, 10, 0, 1, 13, 5, 22, 97, 99, 0, 1, 23, 25, 0, 3, 17, 0, 24, 10, 0, 1, 13, 5, 22, 97, 98, 0, 1, 24, 6, 2, 2, 16, 98, 1, 17, 1, 19, 1], 1, {'n17709': 1}, (None, 'n17709'))
s = ' b'
try:
    m = P.search(s); print(113, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(113, 'ERR', type(e).__name__, e)
P = _sre.compile('.?(?P<n26363>b*+){1,2}', 32, [14, 4, 0, 0, 4294967295, 24, 5, 0, 1, 2, 1, 23, 14, 1, 2, 17, 0, 29, 6, 0, 4294967295, 16, 98, 1, 17, 1, 18, 1], 1, {'n26363': 1}, (None, 'n26363'))
s = 'x\n bbx  \n'
try:
    m = P.search(s); print(114, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(114, 'ERR', type(e).__name__, e)
P = _sre.compile('[a-c]*+(?>[a-c]?+(?>\\w??){0,3}?)*?(?>[^a]+?)*', 32, [14, 4, 0, 0, 4294967295, 29, 10, 0, 4294967295, 13, 5, 22, 97, 99, 0, 1, 23, 35, 0, 4294967295, 27, 31, 29, 10, 0, 1, 13, 5, 22, 97, 99, 0, 1, 23, 16, 0, 3, 27, 12, 26, 9, 0, 1, 13, 4, 8, 14, 0, 1, 1, 19, 1, 19, 23, 13, 0, 4294967295, 27, 9, 26, 6, 1, 4294967295, 20, 97, 1, 1, 18, 1], 0, {}, (None,))
s = 'ax\nx x ax'
try:
    m = P.search(s); print(115, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(115, 'ERR', type(e).__name__, e)
P = _sre.compile('[^a][ab]*', 32, [14, 4, 0, 1, 4294967295, 20, 97, 24, 10, 0, 4294967295, 13, 5, 22, 97, 98, 0, 1, 1], 0, {}, (None,))
s = ' '
try:
    m = P.search(s); print(116, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(116, 'ERR', type(e).__name__, e)
P = _sre.compile('(?P<n30179>[ab]+?)*?', 32, [14, 4, 0, 0, 4294967295, 23, 18, 0, 4294967295, 17, 0, 26, 10, 1, 4294967295, 13, 5, 22, 97, 98, 0, 1, 17, 1, 19, 1], 1, {'n30179': 1}, (None, 'n30179'))
s = 'ax'
try:
    m = P.search(s); print(117, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(117, 'ERR', type(e).__name__, e)
P = _sre.compile('\\s?[^a]*+b?', 32, [14, 4, 0, 0, 4294967295, 24, 9, 0, 1, 13, 4, 8, 12, 0, 1, 29, 6, 0, 4294967295, 20, 97, 1, 24, 6, 0, 1, 16, 98, 1, 1], 0, {}, (None,))
s = ' \nb\n bx'
try:
    m = P.search(s); print(118, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(118, 'ERR', type(e).__name__, e)
P = _sre.compile('(?<=a){2}\\w*+', 32, [14, 4, 0, 0, 4294967295, 23, 9, 2, 2, 4, 5, 1, 16, 97, 1, 18, 29, 9, 0, 4294967295, 13, 4, 8, 14, 0, 1, 1], 0, {}, (None,))
s = '  ba a xbx'
try:
    m = P.search(s); print(119, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(119, 'ERR', type(e).__name__, e)
P = _sre.compile('b+', 32, [14, 4, 0, 1, 4294967295, 24, 6, 1, 4294967295, 16, 98, 1, 1], 0, {}, (None,))
s = ' x\n\nx'
try:
    m = P.search(s); print(120, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(120, 'ERR', type(e).__name__, e)
P = _sre.compile('\\s{1,2}', 32, [14, 4, 0, 1, 2, 24, 9, 1, 2, 13, 4, 8, 12, 0, 1, 1], 0, {}, (None,))
s = ' xb  x\nba a'
try:
    m = P.search(s); print(121, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(121, 'ERR', type(e).__name__, e)
P = _sre.compile('(?<=a)*$', 32, [14, 4, 0, 0, 0, 23, 9, 0, 4294967295, 4, 5, 1, 16, 97, 1, 18, 6, 5, 1], 0, {}, (None,))
s = 'babx a '
try:
    m = P.search(s); print(122, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(122, 'ERR', type(e).__name__, e)
P = _sre.compile('(?:(?!x)??){2}', 32, [14, 4, 0, 0, 0, 23, 14, 2, 2, 23, 9, 0, 1, 5, 5, 0, 16, 120, 1, 19, 18, 1], 0, {}, (None,))
s = 'aaax\n'
try:
    m = P.search(s); print(123, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(123, 'ERR', type(e).__name__, e)
P = _sre.compile('(?i:A)?\\w+', 32, [14, 4, 0, 1, 4294967295, 24, 6, 0, 1, 40, 97, 1, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 1], 0, {}, (None,))
s = 'aa'
try:
    m = P.search(s); print(124, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(124, 'ERR', type(e).__name__, e)
P = _sre.compile('.{0,3}?', 32, [14, 4, 0, 0, 3, 26, 5, 0, 3, 2, 1, 1], 0, {}, (None,))
s = 'bx\nxx'
try:
    m = P.search(s); print(125, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(125, 'ERR', type(e).__name__, e)
P = _sre.compile('(?=\\w++)*\\w?', 32, [14, 4, 0, 0, 1, 23, 17, 0, 4294967295, 4, 13, 0, 29, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 1, 18, 24, 9, 0, 1, 13, 4, 8, 14, 0, 1, 1], 0, {}, (None,))
s = ' \n'
try:
    m = P.search(s); print(126, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(126, 'ERR', type(e).__name__, e)
P = _sre.compile('[ab]{0,3}?', 32, [14, 4, 0, 0, 3, 26, 10, 0, 3, 13, 5, 22, 97, 98, 0, 1, 1], 0, {}, (None,))
s = ' \n\n\n\n '
try:
    m = P.search(s); print(127, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(127, 'ERR', type(e).__name__, e)
P = _sre.compile('$a*+', 32, [14, 4, 0, 0, 4294967295, 6, 5, 29, 6, 0, 4294967295, 16, 97, 1, 1], 0, {}, (None,))
s = ''
try:
    m = P.search(s); print(128, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(128, 'ERR', type(e).__name__, e)
P = _sre.compile('.', 32, [14, 4, 0, 1, 1, 2, 1], 0, {}, (None,))
s = 'aaax b\n xxb'
try:
    m = P.search(s); print(129, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(129, 'ERR', type(e).__name__, e)
P = _sre.compile('((?>([ab]+?(?:[ab]*?[a-c]{1,2})*(.*?x)?|[^a])++))a{1,2}(?:(?<=a){2})', 32, [14, 4, 0, 2, 4294967295, 17, 0, 27, 76, 28, 72, 1, 4294967295, 17, 2, 7, 58, 26, 10, 1, 4294967295, 13, 5, 22, 97, 98, 0, 1, 23, 25, 0, 4294967295, 26, 10, 0, 4294967295, 13, 5, 22, 97, 98, 0, 1, 24, 10, 1, 2, 13, 5, 22, 97, 99, 0, 1, 18, 23, 15, 0, 1, 17, 4, 26, 5, 0, 4294967295, 2, 1, 16, 120, 17, 5, 18, 15, 7, 5, 20, 97, 15, 2, 0, 17, 3, 1, 1, 17, 1, 24, 6, 1, 2, 16, 97, 1, 23, 9, 2, 2, 4, 5, 1, 16, 97, 1, 18, 1], 3, {}, (None, None, None, None))
s = 'aaa\nabb b'
try:
    m = P.search(s); print(130, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(130, 'ERR', type(e).__name__, e)
P = _sre.compile('x*', 32, [14, 4, 0, 0, 4294967295, 24, 6, 0, 4294967295, 16, 120, 1, 1], 0, {}, (None,))
s = 'xxb\nax'
try:
    m = P.search(s); print(131, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(131, 'ERR', type(e).__name__, e)
P = _sre.compile('\\sb?(?<!b){1,2}', 32, [14, 7, 4, 1, 2, 8, 12, 0, 13, 4, 8, 12, 0, 24, 6, 0, 1, 16, 98, 1, 23, 9, 1, 2, 5, 5, 1, 16, 98, 1, 18, 1], 0, {}, (None,))
s = '\nx '
try:
    m = P.search(s); print(132, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(132, 'ERR', type(e).__name__, e)
P = _sre.compile('[a-c]++\\w(?!x{0,3}?(?P<n95268>(?=(x+){2}[ab]{1,2})*+(?<=a)b?)+^){0,3}?', 32, [14, 4, 0, 2, 4294967295, 29, 10, 1, 4294967295, 13, 5, 22, 97, 99, 0, 1, 13, 4, 8, 14, 0, 23, 74, 0, 3, 5, 70, 0, 26, 6, 0, 3, 16, 120, 1, 23, 56, 1, 4294967295, 17, 0, 28, 34, 0, 4294967295, 4, 30, 0, 23, 14, 2, 2, 17, 2, 24, 6, 1, 4294967295, 16, 120, 1, 17, 3, 18, 24, 10, 1, 2, 13, 5, 22, 97, 98, 0, 1, 1, 1, 4, 5, 1, 16, 97, 1, 24, 6, 0, 1, 16, 98, 1, 17, 1, 18, 6, 0, 1, 19, 1], 2, {'n95268': 1}, (None, 'n95268', None))
s = '\n ba\n \nbba'
try:
    m = P.search(s); print(133, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(133, 'ERR', type(e).__name__, e)
P = _sre.compile('x+\\s|[ab]', 32, [14, 4, 0, 1, 4294967295, 7, 15, 24, 6, 1, 4294967295, 16, 120, 1, 13, 4, 8, 12, 0, 15, 11, 9, 13, 5, 22, 97, 98, 0, 15, 2, 0, 1], 0, {}, (None,))
s = 'a bx \n xx\n'
try:
    m = P.search(s); print(134, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(134, 'ERR', type(e).__name__, e)
P = _sre.compile('(?<=a)', 32, [14, 4, 0, 0, 0, 4, 5, 1, 16, 97, 1, 1], 0, {}, (None,))
s = 'a'
try:
    m = P.search(s); print(135, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(135, 'ERR', type(e).__name__, e)
P = _sre.compile('\\s?|[ab]*?(?i:A)', 32, [14, 4, 0, 0, 4294967295, 7, 13, 24, 9, 0, 1, 13, 4, 8, 12, 0, 1, 15, 18, 16, 26, 10, 0, 4294967295, 13, 5, 22, 97, 98, 0, 1, 40, 97, 15, 2, 0, 1], 0, {}, (None,))
s = ' \naax\n aa'
try:
    m = P.search(s); print(136, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(136, 'ERR', type(e).__name__, e)
P = _sre.compile('a+?|(a){1,2}b{0,3}?', 32, [14, 4, 0, 1, 4294967295, 7, 10, 26, 6, 1, 4294967295, 16, 97, 1, 15, 23, 21, 23, 9, 1, 2, 17, 0, 16, 97, 17, 1, 18, 26, 6, 0, 3, 16, 98, 1, 15, 2, 0, 1], 1, {}, (None, None))
s = 'b\n bxx\nxx\nb '
try:
    m = P.search(s); print(137, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(137, 'ERR', type(e).__name__, e)
P = _sre.compile('(?<!b)?+a??', 32, [14, 4, 0, 0, 1, 28, 9, 0, 1, 5, 5, 1, 16, 98, 1, 1, 26, 6, 0, 1, 16, 97, 1, 1], 0, {}, (None,))
s = 'ab \na aa'
try:
    m = P.search(s); print(138, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(138, 'ERR', type(e).__name__, e)
P = _sre.compile('((?<!b)(?:[^a]\\s{2})?(?>a{2}(?i:A)??)?+)++', 32, [14, 4, 0, 0, 4294967295, 28, 52, 1, 4294967295, 17, 0, 5, 5, 1, 16, 98, 1, 23, 15, 0, 1, 20, 97, 24, 9, 2, 2, 13, 4, 8, 12, 0, 1, 18, 28, 20, 0, 1, 27, 16, 24, 6, 2, 2, 16, 97, 1, 26, 6, 0, 1, 40, 97, 1, 1, 1, 17, 1, 1, 1], 1, {}, (None, None))
s = 'bxx\nbb'
try:
    m = P.search(s); print(139, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(139, 'ERR', type(e).__name__, e)
P = _sre.compile('^^([a-c]*)', 32, [14, 4, 0, 0, 4294967295, 6, 0, 6, 0, 17, 0, 24, 10, 0, 4294967295, 13, 5, 22, 97, 99, 0, 1, 17, 1, 1], 1, {}, (None, None))
s = 'xa  xbbxaa '
try:
    m = P.search(s); print(140, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(140, 'ERR', type(e).__name__, e)
P = _sre.compile('(?!\\w+)+?a{1,2}[^a]*+', 32, [14, 4, 0, 1, 4294967295, 23, 17, 1, 4294967295, 5, 13, 0, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 1, 19, 24, 6, 1, 2, 16, 97, 1, 29, 6, 0, 4294967295, 20, 97, 1, 1], 0, {}, (None,))
s = 'abbaxx\n  \n'
try:
    m = P.search(s); print(141, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(141, 'ERR', type(e).__name__, e)
P = _sre.compile('[^a]*a*|x(\\s++){0,3}?', 32, [14, 4, 0, 0, 4294967295, 7, 17, 24, 6, 0, 4294967295, 20, 97, 1, 24, 6, 0, 4294967295, 16, 97, 1, 15, 26, 24, 16, 120, 23, 17, 0, 3, 17, 0, 29, 9, 1, 4294967295, 13, 4, 8, 12, 0, 1, 17, 1, 19, 15, 2, 0, 1], 1, {}, (None, None))
s = 'babbxa bxb\n'
try:
    m = P.search(s); print(142, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(142, 'ERR', type(e).__name__, e)
P = _sre.compile('a?+', 32, [14, 4, 0, 0, 1, 29, 6, 0, 1, 16, 97, 1, 1], 0, {}, (None,))
s = '\naaab\n'
try:
    m = P.search(s); print(143, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(143, 'ERR', type(e).__name__, e)
P = _sre.compile('(?=b(\\w*)?)?[ab]\\s+', 32, [14, 4, 0, 2, 4294967295, 23, 28, 0, 1, 4, 24, 0, 16, 98, 23, 17, 0, 1, 17, 0, 24, 9, 0, 4294967295, 13, 4, 8, 14, 0, 1, 17, 1, 18, 1, 18, 13, 5, 22, 97, 98, 0, 24, 9, 1, 4294967295, 13, 4, 8, 12, 0, 1, 1], 1, {}, (None, None))
s = 'xax '
try:
    m = P.search(s); print(144, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(144, 'ERR', type(e).__name__, e)
P = _sre.compile('([a-c]{1,2})+?(?:(?:(?>b*?)*+)??)*+', 32, [14, 4, 0, 1, 4294967295, 23, 18, 1, 4294967295, 17, 0, 24, 10, 1, 2, 13, 5, 22, 97, 99, 0, 1, 17, 1, 19, 28, 23, 0, 4294967295, 23, 18, 0, 1, 28, 13, 0, 4294967295, 27, 9, 26, 6, 0, 4294967295, 16, 98, 1, 1, 1, 19, 1, 1], 1, {}, (None, None))
s = 'xbb a xb\n\nba'
try:
    m = P.search(s); print(145, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(145, 'ERR', type(e).__name__, e)
P = _sre.compile('(?=.+?[ab]*(?:((a?)+?)??|$(?<!b){1,2}\\s*?)?+){1,2}(?<!b){2}', 32, [14, 4, 0, 0, 0, 23, 85, 1, 2, 4, 81, 0, 26, 5, 1, 4294967295, 2, 1, 24, 10, 0, 4294967295, 13, 5, 22, 97, 98, 0, 1, 28, 59, 0, 1, 7, 28, 23, 23, 0, 1, 17, 0, 23, 14, 1, 4294967295, 17, 2, 24, 6, 0, 1, 16, 97, 1, 17, 3, 19, 17, 1, 19, 15, 28, 26, 6, 5, 23, 9, 1, 2, 5, 5, 1, 16, 98, 1, 18, 26, 9, 0, 4294967295, 13, 4, 8, 12, 0, 1, 15, 2, 0, 1, 1, 18, 23, 9, 2, 2, 5, 5, 1, 16, 98, 1, 18, 1], 2, {}, (None, None, None))
s = 'ba  a  x\n'
try:
    m = P.search(s); print(146, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(146, 'ERR', type(e).__name__, e)
P = _sre.compile('[a-c]{0,3}?', 32, [14, 4, 0, 0, 3, 26, 10, 0, 3, 13, 5, 22, 97, 99, 0, 1, 1], 0, {}, (None,))
s = ' bb\n \nx'
try:
    m = P.search(s); print(147, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(147, 'ERR', type(e).__name__, e)
P = _sre.compile('(?i:A)?', 32, [14, 4, 0, 0, 1, 24, 6, 0, 1, 40, 97, 1, 1], 0, {}, (None,))
s = 'b\nbb  a'
try:
    m = P.search(s); print(148, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(148, 'ERR', type(e).__name__, e)
P = _sre.compile('((?=.{0,3}?([ab]*+x*|[ab]{2})+)+?){2}.+?', 32, [14, 4, 0, 1, 4294967295, 23, 68, 2, 2, 17, 0, 23, 59, 1, 4294967295, 4, 55, 0, 26, 5, 0, 3, 2, 1, 23, 44, 1, 4294967295, 17, 2, 7, 21, 29, 10, 0, 4294967295, 13, 5, 22, 97, 98, 0, 1, 24, 6, 0, 4294967295, 16, 120, 1, 15, 16, 14, 24, 10, 2, 2, 13, 5, 22, 97, 98, 0, 1, 15, 2, 0, 17, 3, 18, 1, 19, 17, 1, 18, 26, 5, 1, 4294967295, 2, 1, 1], 2, {}, (None, None, None))
s = 'b\na\n\nbb'
try:
    m = P.search(s); print(149, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(149, 'ERR', type(e).__name__, e)
P = _sre.compile('\\s{2}', 32, [14, 4, 0, 2, 2, 24, 9, 2, 2, 13, 4, 8, 12, 0, 1, 1], 0, {}, (None,))
s = 'a\nbbbax\n a'
try:
    m = P.search(s); print(150, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(150, 'ERR', type(e).__name__, e)
P = _sre.compile('(?:([ab]{1,2}[^a]+)??(?<=a)?b)', 32, [14, 4, 0, 1, 4294967295, 23, 25, 0, 1, 17, 0, 24, 10, 1, 2, 13, 5, 22, 97, 98, 0, 1, 24, 6, 1, 4294967295, 20, 97, 1, 17, 1, 19, 23, 9, 0, 1, 4, 5, 1, 16, 97, 1, 18, 16, 98, 1], 1, {}, (None, None))
s = ' aba\n \nx ba'
try:
    m = P.search(s); print(151, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(151, 'ERR', type(e).__name__, e)
P = _sre.compile('((\\w++a\\s++)+?$)*?.+', 32, [14, 4, 0, 1, 4294967295, 23, 40, 0, 4294967295, 17, 0, 23, 29, 1, 4294967295, 17, 2, 29, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 16, 97, 29, 9, 1, 4294967295, 13, 4, 8, 12, 0, 1, 17, 3, 19, 6, 5, 17, 1, 19, 24, 5, 1, 4294967295, 2, 1, 1], 2, {}, (None, None, None))
s = 'xaxxbaba b'
try:
    m = P.search(s); print(152, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(152, 'ERR', type(e).__name__, e)
P = _sre.compile('(?<=a)+[ab]', 32, [14, 4, 0, 1, 1, 23, 9, 1, 4294967295, 4, 5, 1, 16, 97, 1, 18, 13, 5, 22, 97, 98, 0, 1], 0, {}, (None,))
s = ''
try:
    m = P.search(s); print(153, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(153, 'ERR', type(e).__name__, e)
P = _sre.compile('([a-c]?(?:\\s??(?:[a-c]+?b+|\\s*+[a-c]*?[ab]+)+){2})*(?<!b){2}(?!([ab]??)|(?<!b)+x??(?P<n25348>\\s??x{2}|\\s+[ab])?)?+', 32, [14, 4, 0, 0, 4294967295, 23, 96, 0, 4294967295, 17, 0, 24, 10, 0, 1, 13, 5, 22, 97, 99, 0, 1, 23, 76, 2, 2, 26, 9, 0, 1, 13, 4, 8, 12, 0, 1, 23, 61, 1, 4294967295, 7, 21, 26, 10, 1, 4294967295, 13, 5, 22, 97, 99, 0, 1, 24, 6, 1, 4294967295, 16, 98, 1, 15, 37, 35, 29, 9, 0, 4294967295, 13, 4, 8, 12, 0, 1, 26, 10, 0, 4294967295, 13, 5, 22, 97, 99, 0, 1, 24, 10, 1, 4294967295, 13, 5, 22, 97, 98, 0, 1, 15, 2, 0, 18, 18, 17, 1, 18, 23, 9, 2, 2, 5, 5, 1, 16, 98, 1, 18, 28, 98, 0, 1, 5, 94, 0, 7, 18, 17, 2, 26, 10, 0, 1, 13, 5, 22, 97, 98, 0, 1, 17, 3, 15, 73, 71, 23, 9, 1, 4294967295, 5, 5, 1, 16, 98, 1, 18, 26, 6, 0, 1, 16, 120, 1, 23, 48, 0, 1, 17, 4, 7, 20, 26, 9, 0, 1, 13, 4, 8, 12, 0, 1, 24, 6, 2, 2, 16, 120, 1, 15, 21, 19, 24, 9, 1, 4294967295, 13, 4, 8, 12, 0, 1, 13, 5, 22, 97, 98, 0, 15, 2, 0, 17, 5, 18, 15, 2, 0, 1, 1, 1], 3, {'n25348': 3}, (None, None, None, 'n25348'))
s = '\nx'
try:
    m = P.search(s); print(154, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(154, 'ERR', type(e).__name__, e)
P = _sre.compile('.{0,3}?', 32, [14, 4, 0, 0, 3, 26, 5, 0, 3, 2, 1, 1], 0, {}, (None,))
s = '  \n\n xa'
try:
    m = P.search(s); print(155, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(155, 'ERR', type(e).__name__, e)
P = _sre.compile('((?:[a-c]??){1,2}a+(?:\\w)*?){2}(?!((?i:A)*+\\s?){0,3}?)++', 32, [14, 4, 0, 2, 4294967295, 23, 40, 2, 2, 17, 0, 23, 14, 1, 2, 26, 10, 0, 1, 13, 5, 22, 97, 99, 0, 1, 18, 24, 6, 1, 4294967295, 16, 97, 1, 26, 9, 0, 4294967295, 13, 4, 8, 14, 0, 1, 17, 1, 18, 28, 33, 1, 4294967295, 5, 29, 0, 23, 24, 0, 3, 17, 2, 29, 6, 0, 4294967295, 40, 97, 1, 24, 9, 0, 1, 13, 4, 8, 12, 0, 1, 17, 3, 19, 1, 1, 1], 2, {}, (None, None, None))
s = 'bx\n a abb'
try:
    m = P.search(s); print(156, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(156, 'ERR', type(e).__name__, e)
P = _sre.compile('x{1,2}', 32, [14, 4, 0, 1, 2, 24, 6, 1, 2, 16, 120, 1, 1], 0, {}, (None,))
s = ' '
try:
    m = P.search(s); print(157, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(157, 'ERR', type(e).__name__, e)
P = _sre.compile('^', 32, [14, 4, 0, 0, 0, 6, 0, 1], 0, {}, (None,))
s = ''
try:
    m = P.search(s); print(158, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(158, 'ERR', type(e).__name__, e)
P = _sre.compile('((?=[ab]+[a-c]{2}[a-c]?|(?i:A)*?\\w?)??(?<!b)?+)?(?i:A)*+', 32, [14, 4, 0, 0, 4294967295, 23, 85, 0, 1, 17, 0, 23, 65, 0, 1, 4, 61, 0, 7, 36, 24, 10, 1, 4294967295, 13, 5, 22, 97, 98, 0, 1, 24, 10, 2, 2, 13, 5, 22, 97, 99, 0, 1, 24, 10, 0, 1, 13, 5, 22, 97, 99, 0, 1, 15, 22, 20, 26, 6, 0, 4294967295, 40, 97, 1, 24, 9, 0, 1, 13, 4, 8, 14, 0, 1, 15, 2, 0, 1, 19, 28, 9, 0, 1, 5, 5, 1, 16, 98, 1, 1, 17, 1, 18, 29, 6, 0, 4294967295, 40, 97, 1, 1], 1, {}, (None, None))
s = ''
try:
    m = P.search(s); print(159, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(159, 'ERR', type(e).__name__, e)
P = _sre.compile('x{2}', 32, [14, 4, 0, 2, 2, 24, 6, 2, 2, 16, 120, 1, 1], 0, {}, (None,))
s = 'x\n\n\na'
try:
    m = P.search(s); print(160, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(160, 'ERR', type(e).__name__, e)
P = _sre.compile('a{1,2}', 32, [14, 4, 0, 1, 2, 24, 6, 1, 2, 16, 97, 1, 1], 0, {}, (None,))
s = 'b \nba'
try:
    m = P.search(s); print(161, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(161, 'ERR', type(e).__name__, e)
P = _sre.compile('a++[a-c]?+', 32, [14, 4, 0, 1, 4294967295, 29, 6, 1, 4294967295, 16, 97, 1, 29, 10, 0, 1, 13, 5, 22, 97, 99, 0, 1, 1], 0, {}, (None,))
s = 'b'
try:
    m = P.search(s); print(162, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(162, 'ERR', type(e).__name__, e)
P = _sre.compile('b?', 32, [14, 4, 0, 0, 1, 24, 6, 0, 1, 16, 98, 1, 1], 0, {}, (None,))
s = '  a'
try:
    m = P.search(s); print(163, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(163, 'ERR', type(e).__name__, e)
P = _sre.compile('\\s(?<!b)?', 32, [14, 7, 4, 1, 1, 8, 12, 0, 13, 4, 8, 12, 0, 23, 9, 0, 1, 5, 5, 1, 16, 98, 1, 18, 1], 0, {}, (None,))
s = 'a\nab'
try:
    m = P.search(s); print(164, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(164, 'ERR', type(e).__name__, e)
P = _sre.compile('[a-c]*+x?+|\\s*?x', 32, [14, 4, 0, 0, 4294967295, 7, 21, 29, 10, 0, 4294967295, 13, 5, 22, 97, 99, 0, 1, 29, 6, 0, 1, 16, 120, 1, 15, 17, 15, 26, 9, 0, 4294967295, 13, 4, 8, 12, 0, 1, 16, 120, 15, 2, 0, 1], 0, {}, (None,))
s = 'baxa\nb\n x'
try:
    m = P.search(s); print(165, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(165, 'ERR', type(e).__name__, e)
P = _sre.compile('(?=a??[a-c]{2})?+(?>(?<!b))*?', 32, [14, 4, 0, 0, 0, 28, 25, 0, 1, 4, 21, 0, 26, 6, 0, 1, 16, 97, 1, 24, 10, 2, 2, 13, 5, 22, 97, 99, 0, 1, 1, 1, 23, 12, 0, 4294967295, 27, 8, 5, 5, 1, 16, 98, 1, 1, 19, 1], 0, {}, (None,))
s = 'abxb xbbx \n'
try:
    m = P.search(s); print(166, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(166, 'ERR', type(e).__name__, e)
P = _sre.compile('a{1,2}x*((?=\\s++\\w{1,2}|x|.??)a+?)*', 32, [14, 4, 0, 1, 4294967295, 24, 6, 1, 2, 16, 97, 1, 24, 6, 0, 4294967295, 16, 120, 1, 23, 57, 0, 4294967295, 17, 0, 4, 42, 0, 7, 23, 29, 9, 1, 4294967295, 13, 4, 8, 12, 0, 1, 24, 9, 1, 2, 13, 4, 8, 14, 0, 1, 15, 16, 5, 16, 120, 15, 11, 9, 26, 5, 0, 1, 2, 1, 15, 2, 0, 1, 26, 6, 1, 4294967295, 16, 97, 1, 17, 1, 18, 1], 1, {}, (None, None))
s = '\nx\nb'
try:
    m = P.search(s); print(167, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(167, 'ERR', type(e).__name__, e)
P = _sre.compile('(?<=a)??(\\s??[ab]*+x*+)++', 32, [14, 4, 0, 0, 4294967295, 23, 9, 0, 1, 4, 5, 1, 16, 97, 1, 19, 28, 35, 1, 4294967295, 17, 0, 26, 9, 0, 1, 13, 4, 8, 12, 0, 1, 29, 10, 0, 4294967295, 13, 5, 22, 97, 98, 0, 1, 29, 6, 0, 4294967295, 16, 120, 1, 17, 1, 1, 1], 1, {}, (None, None))
s = ''
try:
    m = P.search(s); print(168, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(168, 'ERR', type(e).__name__, e)
P = _sre.compile('(?>a*?)', 32, [14, 4, 0, 0, 4294967295, 27, 9, 26, 6, 0, 4294967295, 16, 97, 1, 1, 1], 0, {}, (None,))
s = '   xb\naxa a\n'
try:
    m = P.search(s); print(169, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(169, 'ERR', type(e).__name__, e)
P = _sre.compile('b|(?>x)+', 32, [14, 4, 0, 1, 4294967295, 7, 5, 16, 98, 15, 15, 13, 23, 8, 1, 4294967295, 27, 4, 16, 120, 1, 18, 15, 2, 0, 1], 0, {}, (None,))
s = '\nax\nba bb \n'
try:
    m = P.search(s); print(170, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(170, 'ERR', type(e).__name__, e)
P = _sre.compile('(?<=a){2}|(.*?\\s+)*?(?i:A){0,3}?', 32, [14, 4, 0, 0, 4294967295, 7, 14, 23, 9, 2, 2, 4, 5, 1, 16, 97, 1, 18, 15, 37, 35, 23, 23, 0, 4294967295, 17, 0, 26, 5, 0, 4294967295, 2, 1, 24, 9, 1, 4294967295, 13, 4, 8, 12, 0, 1, 17, 1, 19, 26, 6, 0, 3, 40, 97, 1, 15, 2, 0, 1], 1, {}, (None, None))
s = 'ab\nab\n \nbab'
try:
    m = P.search(s); print(171, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(171, 'ERR', type(e).__name__, e)
P = _sre.compile('(?<=a){2}a+?', 32, [14, 4, 0, 1, 4294967295, 23, 9, 2, 2, 4, 5, 1, 16, 97, 1, 18, 26, 6, 1, 4294967295, 16, 97, 1, 1], 0, {}, (None,))
s = ' a\nb '
try:
    m = P.search(s); print(172, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(172, 'ERR', type(e).__name__, e)
P = _sre.compile('b?a++', 32, [14, 4, 0, 1, 4294967295, 24, 6, 0, 1, 16, 98, 1, 29, 6, 1, 4294967295, 16, 97, 1, 1], 0, {}, (None,))
s = '   b\nx  '
try:
    m = P.search(s); print(173, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(173, 'ERR', type(e).__name__, e)
P = _sre.compile('[^a]+?a', 32, [14, 4, 0, 2, 4294967295, 26, 6, 1, 4294967295, 20, 97, 1, 16, 97, 1], 0, {}, (None,))
s = 'x x\n bb xb\n\n'
try:
    m = P.search(s); print(174, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(174, 'ERR', type(e).__name__, e)
P = _sre.compile('((.(?=([a-c]{0,3}?)*+)+?){1,2})+?', 32, [14, 4, 0, 1, 4294967295, 23, 46, 1, 4294967295, 17, 0, 23, 37, 1, 2, 17, 2, 2, 23, 27, 1, 4294967295, 4, 23, 0, 28, 18, 0, 4294967295, 17, 4, 26, 10, 0, 3, 13, 5, 22, 97, 99, 0, 1, 17, 5, 1, 1, 19, 17, 3, 18, 17, 1, 19, 1], 3, {}, (None, None, None, None))
s = '\n\n b'
try:
    m = P.search(s); print(175, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(175, 'ERR', type(e).__name__, e)
P = _sre.compile('.+?(?i:A)??(?<!b)+', 32, [14, 4, 0, 1, 4294967295, 26, 5, 1, 4294967295, 2, 1, 26, 6, 0, 1, 40, 97, 1, 23, 9, 1, 4294967295, 5, 5, 1, 16, 98, 1, 18, 1], 0, {}, (None,))
s = 'b'
try:
    m = P.search(s); print(176, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(176, 'ERR', type(e).__name__, e)
P = _sre.compile('b??', 32, [14, 4, 0, 0, 1, 26, 6, 0, 1, 16, 98, 1, 1], 0, {}, (None,))
s = 'xxa ab\nx  a'
try:
    m = P.search(s); print(177, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(177, 'ERR', type(e).__name__, e)
P = _sre.compile('(?:x)?', 32, [14, 4, 0, 0, 1, 24, 6, 0, 1, 16, 120, 1, 1], 0, {}, (None,))
s = '\n  b a\n'
try:
    m = P.search(s); print(178, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(178, 'ERR', type(e).__name__, e)
P = _sre.compile('(?<!b)*+', 32, [14, 4, 0, 0, 0, 28, 9, 0, 4294967295, 5, 5, 1, 16, 98, 1, 1, 1], 0, {}, (None,))
s = 'b \nbb\n'
try:
    m = P.search(s); print(179, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(179, 'ERR', type(e).__name__, e)
P = _sre.compile('(?!a++){1,2}', 32, [14, 4, 0, 0, 0, 23, 14, 1, 2, 5, 10, 0, 29, 6, 1, 4294967295, 16, 97, 1, 1, 18, 1], 0, {}, (None,))
s = 'xbb'
try:
    m = P.search(s); print(180, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(180, 'ERR', type(e).__name__, e)
P = _sre.compile('\\s{0,3}?', 32, [14, 4, 0, 0, 3, 26, 9, 0, 3, 13, 4, 8, 12, 0, 1, 1], 0, {}, (None,))
s = 'bxb'
try:
    m = P.search(s); print(181, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(181, 'ERR', type(e).__name__, e)
P = _sre.compile('(\\b)??(?!(?=.??)+x?+)*', 32, [14, 4, 0, 0, 0, 23, 9, 0, 1, 17, 0, 6, 10, 17, 1, 19, 23, 29, 0, 4294967295, 5, 25, 0, 23, 13, 1, 4294967295, 4, 9, 0, 26, 5, 0, 1, 2, 1, 1, 18, 29, 6, 0, 1, 16, 120, 1, 1, 18, 1], 1, {}, (None, None))
s = 'a\nb'
try:
    m = P.search(s); print(182, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(182, 'ERR', type(e).__name__, e)
P = _sre.compile('[a-c]?^', 32, [14, 4, 0, 0, 1, 24, 10, 0, 1, 13, 5, 22, 97, 99, 0, 1, 6, 0, 1], 0, {}, (None,))
s = 'xxaaxxbb'
try:
    m = P.search(s); print(183, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(183, 'ERR', type(e).__name__, e)
P = _sre.compile('[^a]?+(?<!b)++', 32, [14, 4, 0, 0, 1, 29, 6, 0, 1, 20, 97, 1, 28, 9, 1, 4294967295, 5, 5, 1, 16, 98, 1, 1, 1], 0, {}, (None,))
s = 'a\nxba\n'
try:
    m = P.search(s); print(184, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(184, 'ERR', type(e).__name__, e)
P = _sre.compile('[^a]*(?i:A)??', 32, [14, 4, 0, 0, 4294967295, 24, 6, 0, 4294967295, 20, 97, 1, 26, 6, 0, 1, 40, 97, 1, 1], 0, {}, (None,))
s = ' \nx a a \nbba'
try:
    m = P.search(s); print(185, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(185, 'ERR', type(e).__name__, e)
P = _sre.compile('(?:[^a]{1,2}[ab]+)*?(?:x{2})+?x{2}', 32, [14, 4, 0, 4, 4294967295, 23, 21, 0, 4294967295, 24, 6, 1, 2, 20, 97, 1, 24, 10, 1, 4294967295, 13, 5, 22, 97, 98, 0, 1, 19, 23, 10, 1, 4294967295, 24, 6, 2, 2, 16, 120, 1, 19, 24, 6, 2, 2, 16, 120, 1, 1], 0, {}, (None,))
s = 'ax\n\nbxa'
try:
    m = P.search(s); print(186, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(186, 'ERR', type(e).__name__, e)
P = _sre.compile('(?=(?<!b)+[^a](x?+|x{2})*?)?(?i:A)a*', 32, [14, 4, 0, 1, 4294967295, 23, 51, 0, 1, 4, 47, 0, 23, 9, 1, 4294967295, 5, 5, 1, 16, 98, 1, 18, 20, 97, 23, 29, 0, 4294967295, 17, 0, 7, 10, 29, 6, 0, 1, 16, 120, 1, 15, 12, 10, 24, 6, 2, 2, 16, 120, 1, 15, 2, 0, 17, 1, 19, 1, 18, 40, 97, 24, 6, 0, 4294967295, 16, 97, 1, 1], 1, {}, (None, None))
s = '  b\nx bb'
try:
    m = P.search(s); print(187, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(187, 'ERR', type(e).__name__, e)
P = _sre.compile('\\w+b{2}', 32, [14, 4, 0, 3, 4294967295, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 24, 6, 2, 2, 16, 98, 1, 1], 0, {}, (None,))
s = 'b \n\naa'
try:
    m = P.search(s); print(188, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(188, 'ERR', type(e).__name__, e)
P = _sre.compile('[a-c]{0,3}?(?!(?=(?i:A)*+$)*+(?<=a)+){0,3}?[ab]', 32, [14, 4, 0, 1, 4, 26, 10, 0, 3, 13, 5, 22, 97, 99, 0, 1, 23, 36, 0, 3, 5, 32, 0, 28, 16, 0, 4294967295, 4, 12, 0, 29, 6, 0, 4294967295, 40, 97, 1, 6, 5, 1, 1, 23, 9, 1, 4294967295, 4, 5, 1, 16, 97, 1, 18, 1, 19, 13, 5, 22, 97, 98, 0, 1], 0, {}, (None,))
s = '  \n\n\naa\nb\nx\n'
try:
    m = P.search(s); print(189, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(189, 'ERR', type(e).__name__, e)
P = _sre.compile('b{1,2}', 32, [14, 4, 0, 1, 2, 24, 6, 1, 2, 16, 98, 1, 1], 0, {}, (None,))
s = 'xbx\n\naa b'
try:
    m = P.search(s); print(190, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(190, 'ERR', type(e).__name__, e)
P = _sre.compile('\\s', 32, [14, 7, 4, 1, 1, 8, 12, 0, 13, 4, 8, 12, 0, 1], 0, {}, (None,))
s = 'bbbab'
try:
    m = P.search(s); print(191, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(191, 'ERR', type(e).__name__, e)
P = _sre.compile('(?!(?!b?+a){1,2}((b[^a]?+a?)*+){1,2}){1,2}[a-c]+b+?', 32, [14, 4, 0, 2, 4294967295, 23, 59, 1, 2, 5, 55, 0, 23, 16, 1, 2, 5, 12, 0, 29, 6, 0, 1, 16, 98, 1, 16, 97, 1, 18, 23, 32, 1, 2, 17, 0, 28, 23, 0, 4294967295, 17, 2, 16, 98, 29, 6, 0, 1, 20, 97, 1, 24, 6, 0, 1, 16, 97, 1, 17, 3, 1, 17, 1, 18, 1, 18, 24, 10, 1, 4294967295, 13, 5, 22, 97, 99, 0, 1, 26, 6, 1, 4294967295, 16, 98, 1, 1], 2, {}, (None, None, None))
s = 'b bxb'
try:
    m = P.search(s); print(192, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(192, 'ERR', type(e).__name__, e)
P = _sre.compile('(?i:A)*\\w+?[a-c]{0,3}?', 32, [14, 4, 0, 1, 4294967295, 24, 6, 0, 4294967295, 40, 97, 1, 26, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 26, 10, 0, 3, 13, 5, 22, 97, 99, 0, 1, 1], 0, {}, (None,))
s = 'x\nx'
try:
    m = P.search(s); print(193, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(193, 'ERR', type(e).__name__, e)
P = _sre.compile('b+', 32, [14, 4, 0, 1, 4294967295, 24, 6, 1, 4294967295, 16, 98, 1, 1], 0, {}, (None,))
s = '  \nb'
try:
    m = P.search(s); print(194, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(194, 'ERR', type(e).__name__, e)
P = _sre.compile('(?i:A)+?', 32, [14, 4, 0, 1, 4294967295, 26, 6, 1, 4294967295, 40, 97, 1, 1], 0, {}, (None,))
s = 'abx '
try:
    m = P.search(s); print(195, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(195, 'ERR', type(e).__name__, e)
P = _sre.compile('(?!((?:[a-c]+){2}x??){2})*b*[ab]*?', 32, [14, 4, 0, 0, 4294967295, 23, 39, 0, 4294967295, 5, 35, 0, 23, 30, 2, 2, 17, 0, 23, 14, 2, 2, 24, 10, 1, 4294967295, 13, 5, 22, 97, 99, 0, 1, 18, 26, 6, 0, 1, 16, 120, 1, 17, 1, 18, 1, 18, 24, 6, 0, 4294967295, 16, 98, 1, 26, 10, 0, 4294967295, 13, 5, 22, 97, 98, 0, 1, 1], 1, {}, (None, None))
s = 'bx '
try:
    m = P.search(s); print(196, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(196, 'ERR', type(e).__name__, e)
P = _sre.compile('(?<=a)*+x{1,2}', 32, [14, 4, 0, 1, 2, 28, 9, 0, 4294967295, 4, 5, 1, 16, 97, 1, 1, 24, 6, 1, 2, 16, 120, 1, 1], 0, {}, (None,))
s = ''
try:
    m = P.search(s); print(197, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(197, 'ERR', type(e).__name__, e)
P = _sre.compile('\\s{2}', 32, [14, 4, 0, 2, 2, 24, 9, 2, 2, 13, 4, 8, 12, 0, 1, 1], 0, {}, (None,))
s = 'bx\n\nax x'
try:
    m = P.search(s); print(198, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(198, 'ERR', type(e).__name__, e)
P = _sre.compile('[a-c]++x+(?>x*|(?i:A)\\s{0,3}?)+?', 32, [14, 4, 0, 2, 4294967295, 29, 10, 1, 4294967295, 13, 5, 22, 97, 99, 0, 1, 24, 6, 1, 4294967295, 16, 120, 1, 23, 33, 1, 4294967295, 27, 29, 7, 10, 24, 6, 0, 4294967295, 16, 120, 1, 15, 17, 15, 40, 97, 26, 9, 0, 3, 13, 4, 8, 12, 0, 1, 15, 2, 0, 1, 19, 1], 0, {}, (None,))
s = 'bb\nbb\n'
try:
    m = P.search(s); print(199, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(199, 'ERR', type(e).__name__, e)
P = _sre.compile('(?:.++b{2}){1,2}', 32, [14, 4, 0, 3, 4294967295, 23, 16, 1, 2, 29, 5, 1, 4294967295, 2, 1, 24, 6, 2, 2, 16, 98, 1, 18, 1], 0, {}, (None,))
s = 'bax  b'
try:
    m = P.search(s); print(200, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(200, 'ERR', type(e).__name__, e)
P = _sre.compile('[^a]{0,3}?', 32, [14, 4, 0, 0, 3, 26, 6, 0, 3, 20, 97, 1, 1], 0, {}, (None,))
s = 'bb\n bxx a  '
try:
    m = P.search(s); print(201, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(201, 'ERR', type(e).__name__, e)
P = _sre.compile('[ab]{1,2}[^a]{0,3}?[ab]+', 32, [14, 4, 0, 2, 4294967295, 24, 10, 1, 2, 13, 5, 22, 97, 98, 0, 1, 26, 6, 0, 3, 20, 97, 1, 24, 10, 1, 4294967295, 13, 5, 22, 97, 98, 0, 1, 1], 0, {}, (None,))
s = 'aaa'
try:
    m = P.search(s); print(202, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(202, 'ERR', type(e).__name__, e)
P = _sre.compile('a*?', 32, [14, 4, 0, 0, 4294967295, 26, 6, 0, 4294967295, 16, 97, 1, 1], 0, {}, (None,))
s = '\n  '
try:
    m = P.search(s); print(203, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(203, 'ERR', type(e).__name__, e)
P = _sre.compile('(?=(?!(?=\\w??[ab]*){2})*x?+b{0,3}?)*+a?|(?>b{1,2}b*?)??|[a-c]??([^a]{0,3}?x*.){1,2}', 32, [14, 4, 0, 0, 4294967295, 7, 72, 28, 60, 0, 4294967295, 4, 56, 0, 23, 37, 0, 4294967295, 5, 33, 0, 23, 28, 2, 2, 4, 24, 0, 26, 9, 0, 1, 13, 4, 8, 14, 0, 1, 24, 10, 0, 4294967295, 13, 5, 22, 97, 98, 0, 1, 1, 18, 1, 18, 29, 6, 0, 1, 16, 120, 1, 26, 6, 0, 3, 16, 98, 1, 1, 1, 24, 6, 0, 1, 16, 97, 1, 15, 65, 25, 23, 20, 0, 1, 27, 16, 24, 6, 1, 2, 16, 98, 1, 26, 6, 0, 4294967295, 16, 98, 1, 1, 19, 15, 40, 38, 26, 10, 0, 1, 13, 5, 22, 97, 99, 0, 1, 23, 22, 1, 2, 17, 0, 26, 6, 0, 3, 20, 97, 1, 24, 6, 0, 4294967295, 16, 120, 1, 2, 17, 1, 18, 15, 2, 0, 1], 1, {}, (None, None))
s = '\naaa  \nbxbx'
try:
    m = P.search(s); print(204, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(204, 'ERR', type(e).__name__, e)
P = _sre.compile('(?<=a)?+', 32, [14, 4, 0, 0, 0, 28, 9, 0, 1, 4, 5, 1, 16, 97, 1, 1, 1], 0, {}, (None,))
s = ' x\na \n'
try:
    m = P.search(s); print(205, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(205, 'ERR', type(e).__name__, e)
P = _sre.compile('(?<!b){0,3}?', 32, [14, 4, 0, 0, 0, 23, 9, 0, 3, 5, 5, 1, 16, 98, 1, 19, 1], 0, {}, (None,))
s = 'b\nbxa\n abx \n'
try:
    m = P.search(s); print(206, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(206, 'ERR', type(e).__name__, e)
P = _sre.compile('a{2}', 32, [14, 4, 0, 2, 2, 24, 6, 2, 2, 16, 97, 1, 1], 0, {}, (None,))
s = 'abx'
try:
    m = P.search(s); print(207, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(207, 'ERR', type(e).__name__, e)
P = _sre.compile('a??(?P<n22471>a{2})?[^a]?', 32, [14, 4, 0, 0, 4, 26, 6, 0, 1, 16, 97, 1, 23, 14, 0, 1, 17, 0, 24, 6, 2, 2, 16, 97, 1, 17, 1, 18, 24, 6, 0, 1, 20, 97, 1, 1], 1, {'n22471': 1}, (None, 'n22471'))
s = 'b xb x '
try:
    m = P.search(s); print(208, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(208, 'ERR', type(e).__name__, e)
P = _sre.compile('(?<=a)?|^b*+', 32, [14, 4, 0, 0, 4294967295, 7, 14, 23, 9, 0, 1, 4, 5, 1, 16, 97, 1, 18, 15, 14, 12, 6, 0, 29, 6, 0, 4294967295, 16, 98, 1, 15, 2, 0, 1], 0, {}, (None,))
s = 'baa'
try:
    m = P.search(s); print(209, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(209, 'ERR', type(e).__name__, e)
P = _sre.compile('.*+', 32, [14, 4, 0, 0, 4294967295, 29, 5, 0, 4294967295, 2, 1, 1], 0, {}, (None,))
s = 'xa \na\n \n ax'
try:
    m = P.search(s); print(210, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(210, 'ERR', type(e).__name__, e)
P = _sre.compile('(?<!b)+?', 32, [14, 4, 0, 0, 0, 23, 9, 1, 4294967295, 5, 5, 1, 16, 98, 1, 19, 1], 0, {}, (None,))
s = ' abaa\n\n'
try:
    m = P.search(s); print(211, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(211, 'ERR', type(e).__name__, e)
P = _sre.compile('[a-c]*+', 32, [14, 4, 0, 0, 4294967295, 29, 10, 0, 4294967295, 13, 5, 22, 97, 99, 0, 1, 1], 0, {}, (None,))
s = ''
try:
    m = P.search(s); print(212, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(212, 'ERR', type(e).__name__, e)
P = _sre.compile('b', 32, [14, 8, 3, 1, 1, 1, 1, 98, 0, 16, 98, 1], 0, {}, (None,))
s = ''
try:
    m = P.search(s); print(213, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(213, 'ERR', type(e).__name__, e)
P = _sre.compile('b+x?+', 32, [14, 4, 0, 1, 4294967295, 24, 6, 1, 4294967295, 16, 98, 1, 29, 6, 0, 1, 16, 120, 1, 1], 0, {}, (None,))
s = 'b  bxa\nx\n '
try:
    m = P.search(s); print(214, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(214, 'ERR', type(e).__name__, e)
P = _sre.compile('(?i:A)[^a]{1,2}', 32, [14, 4, 0, 2, 3, 40, 97, 24, 6, 1, 2, 20, 97, 1, 1], 0, {}, (None,))
s = '\nxaa'
try:
    m = P.search(s); print(215, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(215, 'ERR', type(e).__name__, e)
P = _sre.compile('.*+', 32, [14, 4, 0, 0, 4294967295, 29, 5, 0, 4294967295, 2, 1, 1], 0, {}, (None,))
s = ' '
try:
    m = P.search(s); print(216, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(216, 'ERR', type(e).__name__, e)
P = _sre.compile('[a-c]{1,2}[ab]', 32, [14, 4, 0, 2, 3, 24, 10, 1, 2, 13, 5, 22, 97, 99, 0, 1, 13, 5, 22, 97, 98, 0, 1], 0, {}, (None,))
s = ' b '
try:
    m = P.search(s); print(217, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(217, 'ERR', type(e).__name__, e)
P = _sre.compile('b+', 32, [14, 4, 0, 1, 4294967295, 24, 6, 1, 4294967295, 16, 98, 1, 1], 0, {}, (None,))
s = 'x'
try:
    m = P.search(s); print(218, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(218, 'ERR', type(e).__name__, e)
P = _sre.compile('x++\\w?', 32, [14, 4, 0, 1, 4294967295, 29, 6, 1, 4294967295, 16, 120, 1, 24, 9, 0, 1, 13, 4, 8, 14, 0, 1, 1], 0, {}, (None,))
s = ' \n \nba bbbb'
try:
    m = P.search(s); print(219, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(219, 'ERR', type(e).__name__, e)
P = _sre.compile('(?>\\s??)+?[^a]??', 32, [14, 4, 0, 0, 4294967295, 23, 16, 1, 4294967295, 27, 12, 26, 9, 0, 1, 13, 4, 8, 12, 0, 1, 1, 19, 26, 6, 0, 1, 20, 97, 1, 1], 0, {}, (None,))
s = 'a  aaa'
try:
    m = P.search(s); print(220, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(220, 'ERR', type(e).__name__, e)
P = _sre.compile('\\w*?', 32, [14, 4, 0, 0, 4294967295, 26, 9, 0, 4294967295, 13, 4, 8, 14, 0, 1, 1], 0, {}, (None,))
s = '\n aa b'
try:
    m = P.search(s); print(221, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(221, 'ERR', type(e).__name__, e)
P = _sre.compile('[a-c]*((?i:A)+?)*?[a-c]?', 32, [14, 4, 0, 0, 4294967295, 24, 10, 0, 4294967295, 13, 5, 22, 97, 99, 0, 1, 23, 14, 0, 4294967295, 17, 0, 26, 6, 1, 4294967295, 40, 97, 1, 17, 1, 19, 24, 10, 0, 1, 13, 5, 22, 97, 99, 0, 1, 1], 1, {}, (None, None))
s = '\n'
try:
    m = P.search(s); print(222, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(222, 'ERR', type(e).__name__, e)
P = _sre.compile('a[ab]+?(?i:A){2}', 32, [14, 8, 1, 4, 4294967295, 1, 1, 97, 0, 16, 97, 26, 10, 1, 4294967295, 13, 5, 22, 97, 98, 0, 1, 24, 6, 2, 2, 40, 97, 1, 1], 0, {}, (None,))
s = '\nabxxa x \nb'
try:
    m = P.search(s); print(223, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(223, 'ERR', type(e).__name__, e)
P = _sre.compile('((?<!b){1,2}^a){0,3}?', 32, [14, 4, 0, 0, 3, 23, 22, 0, 3, 17, 0, 23, 9, 1, 2, 5, 5, 1, 16, 98, 1, 18, 6, 0, 16, 97, 17, 1, 19, 1], 1, {}, (None, None))
s = 'bxaxaxbax'
try:
    m = P.search(s); print(224, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(224, 'ERR', type(e).__name__, e)
P = _sre.compile('\\w{1,2}\\w*?', 32, [14, 4, 0, 1, 4294967295, 24, 9, 1, 2, 13, 4, 8, 14, 0, 1, 26, 9, 0, 4294967295, 13, 4, 8, 14, 0, 1, 1], 0, {}, (None,))
s = ''
try:
    m = P.search(s); print(225, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(225, 'ERR', type(e).__name__, e)
P = _sre.compile('[a-c]{2}', 32, [14, 4, 0, 2, 2, 24, 10, 2, 2, 13, 5, 22, 97, 99, 0, 1, 1], 0, {}, (None,))
s = '\n\nba \nbbbbx\n'
try:
    m = P.search(s); print(226, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(226, 'ERR', type(e).__name__, e)
P = _sre.compile('b?+[a-c]?|(?!a?b(\\s+)+?){2}', 32, [14, 4, 0, 0, 2, 7, 21, 29, 6, 0, 1, 16, 98, 1, 24, 10, 0, 1, 13, 5, 22, 97, 99, 0, 1, 15, 42, 40, 23, 35, 2, 2, 5, 31, 0, 24, 6, 0, 1, 16, 97, 1, 16, 98, 23, 17, 1, 4294967295, 17, 0, 24, 9, 1, 4294967295, 13, 4, 8, 12, 0, 1, 17, 1, 19, 1, 18, 15, 2, 0, 1], 1, {}, (None, None))
s = 'baab\nb '
try:
    m = P.search(s); print(227, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(227, 'ERR', type(e).__name__, e)
P = _sre.compile('[a-c]{1,2}\\w{0,3}?', 32, [14, 4, 0, 1, 5, 24, 10, 1, 2, 13, 5, 22, 97, 99, 0, 1, 26, 9, 0, 3, 13, 4, 8, 14, 0, 1, 1], 0, {}, (None,))
s = '\n\nbb '
try:
    m = P.search(s); print(228, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(228, 'ERR', type(e).__name__, e)
P = _sre.compile('(?i:A)??', 32, [14, 4, 0, 0, 1, 26, 6, 0, 1, 40, 97, 1, 1], 0, {}, (None,))
s = 'ax\nxa b'
try:
    m = P.search(s); print(229, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(229, 'ERR', type(e).__name__, e)
P = _sre.compile('b+?', 32, [14, 4, 0, 1, 4294967295, 26, 6, 1, 4294967295, 16, 98, 1, 1], 0, {}, (None,))
s = ''
try:
    m = P.search(s); print(230, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(230, 'ERR', type(e).__name__, e)
P = _sre.compile('x', 32, [14, 8, 3, 1, 1, 1, 1, 120, 0, 16, 120, 1], 0, {}, (None,))
s = '\nb \n'
try:
    m = P.search(s); print(231, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(231, 'ERR', type(e).__name__, e)
P = _sre.compile('(?!b{0,3}?)', 32, [14, 4, 0, 0, 0, 5, 10, 0, 26, 6, 0, 3, 16, 98, 1, 1, 1], 0, {}, (None,))
s = 'a'
try:
    m = P.search(s); print(232, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(232, 'ERR', type(e).__name__, e)
P = _sre.compile('[ab]*', 32, [14, 4, 0, 0, 4294967295, 24, 10, 0, 4294967295, 13, 5, 22, 97, 98, 0, 1, 1], 0, {}, (None,))
s = '   xa\n'
try:
    m = P.search(s); print(233, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(233, 'ERR', type(e).__name__, e)
P = _sre.compile('(?<!b)?+', 32, [14, 4, 0, 0, 0, 28, 9, 0, 1, 5, 5, 1, 16, 98, 1, 1, 1], 0, {}, (None,))
s = ''
try:
    m = P.search(s); print(234, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(234, 'ERR', type(e).__name__, e)
P = _sre.compile('(?P<n19234>[ab]?\\w?+(?<=a)*?)?', 32, [14, 4, 0, 0, 2, 23, 39, 0, 1, 17, 0, 24, 10, 0, 1, 13, 5, 22, 97, 98, 0, 1, 29, 9, 0, 1, 13, 4, 8, 14, 0, 1, 23, 9, 0, 4294967295, 4, 5, 1, 16, 97, 1, 19, 17, 1, 18, 1], 1, {'n19234': 1}, (None, 'n19234'))
s = 'axb '
try:
    m = P.search(s); print(235, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(235, 'ERR', type(e).__name__, e)
P = _sre.compile('(?P<n31984>\\w{1,2}[^a]{0,3}?b+?)', 32, [14, 4, 0, 2, 4294967295, 17, 0, 24, 9, 1, 2, 13, 4, 8, 14, 0, 1, 26, 6, 0, 3, 20, 97, 1, 26, 6, 1, 4294967295, 16, 98, 1, 17, 1, 1], 1, {'n31984': 1}, (None, 'n31984'))
s = 'xb'
try:
    m = P.search(s); print(236, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(236, 'ERR', type(e).__name__, e)
P = _sre.compile('.+?', 32, [14, 4, 0, 1, 4294967295, 26, 5, 1, 4294967295, 2, 1, 1], 0, {}, (None,))
s = 'axbx'
try:
    m = P.search(s); print(237, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(237, 'ERR', type(e).__name__, e)
P = _sre.compile('[^a]', 32, [14, 4, 0, 1, 1, 20, 97, 1], 0, {}, (None,))
s = 'axba  \nb'
try:
    m = P.search(s); print(238, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(238, 'ERR', type(e).__name__, e)
P = _sre.compile('((?P<n28647>(?P<n37004>.*?[ab]+?)*?)+?x{1,2})*+', 32, [14, 4, 0, 0, 4294967295, 28, 49, 0, 4294967295, 17, 0, 23, 33, 1, 4294967295, 17, 2, 23, 24, 0, 4294967295, 17, 4, 26, 5, 0, 4294967295, 2, 1, 26, 10, 1, 4294967295, 13, 5, 22, 97, 98, 0, 1, 17, 5, 19, 17, 3, 19, 24, 6, 1, 2, 16, 120, 1, 17, 1, 1, 1], 3, {'n28647': 2, 'n37004': 3}, (None, None, 'n28647', 'n37004'))
s = 'bb\n a'
try:
    m = P.search(s); print(239, m and m.span(), m and m.groups(), P.findall(s), P.split(s), P.sub('-', s), bool(P.fullmatch(s)))
except Exception as e: print(239, 'ERR', type(e).__name__, e)
