import _string

for fmt in ['', 'abc', 'a{0}b', '{}', '{{}}', 'a{{b', 'x}}y', '{0!r}', '{0!r:>10}', '{name:{width}.{prec}f}',
            '{a.b[c]}', '{0[}]}', 'pre{x!s}mid{y:^5}post', '{:}', '{!a}', '{0:{{}}}', '{a[0]:x}z']:
    print(repr(fmt), list(_string.formatter_parser(fmt)))

for fmt in ['{', '}', 'a{', 'a}b', '{0', '{0!', '{0!r', '{0!rx}', '{0:', '{0:{', '{a{b}', 'ok{0}then}']:
    it = _string.formatter_parser(fmt)
    got = []
    try:
        for x in it:
            got.append(x)
    except ValueError as e:
        print(repr(fmt), got, 'ValueError:', e)
    else:
        print(repr(fmt), got)

try:
    _string.formatter_parser(42)
except TypeError as e:
    print('TypeError:', e)
it = _string.formatter_parser('a{b}')
print(type(it).__name__, iter(it) is it, next(it), next(it, 'done'))
