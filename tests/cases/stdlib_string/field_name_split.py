import _string

for name in ['', '0', '12', 'abc', 'a.b', 'a.b.c', 'a[0]', 'a[x]', 'a[0][1].c', '0.real', '3[key]', 'a[01]',
             'a.0', '99999999999999999999[0]' if False else 'a[ 1]']:
    first, rest = _string.formatter_field_name_split(name)
    print(repr(name), repr(first), list(rest))

for name in ['a.', 'a[', 'a[]', 'a[0]x', 'a..b', 'a[0', '99999999999999999999', 'a[99999999999999999999]']:
    try:
        first, rest = _string.formatter_field_name_split(name)
        print(repr(name), repr(first), list(rest))
    except ValueError as e:
        print(repr(name), 'ValueError:', e)

try:
    _string.formatter_field_name_split(1)
except TypeError as e:
    print('TypeError:', e)
first, rest = _string.formatter_field_name_split('x.y')
print(type(rest).__name__, iter(rest) is rest)
