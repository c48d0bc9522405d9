import string

f = string.Formatter()
print(f.format('{0} {name} {1:>5} {x.real} {d[k]}', 'a', 'b', name='N', x=3, d={'k': 'v'}))
print(f.format('{:{w}.{p}f}|{!r}', 3.14159, 'q', w=8, p=2))
print(f.vformat('{a}{b}', (), {'a': 1, 'b': 2}))
print(list(f.parse('x{0!s:>3}y{{z}}')))

class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
print(Upper().format('{} and {:x}', 'abc', 255))
for bad in ['{', '{0', '{0!x}']:
    try:
        f.format(bad, 1)
    except ValueError as e:
        print('ValueError:', e)
print(string.Template('$who likes ${what}').substitute(who='tim', what='kung pao'))
print(string.capwords('hello   world foo'), string.ascii_letters[:5], string.digits)
