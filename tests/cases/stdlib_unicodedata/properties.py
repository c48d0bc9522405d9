import unicodedata as u

print(u.unidata_version, u.ucd_3_2_0.unidata_version, type(u.ucd_3_2_0).__name__, u.UCD.__name__)
for c in 'aA1 \t½Ⅻ٣é\u0301€\u4e00\uac00\U0001f600\u200b\U000e0001\ue000\u0378,([':
    print(ascii(c), u.category(c), u.bidirectional(c), u.combining(c), u.east_asian_width(c), u.mirrored(c),
          u.decimal(c, None), u.digit(c, None), u.numeric(c, None), u.name(c, '-'), repr(u.decomposition(c)))
for n in ['LATIN SMALL LETTER A', 'latin small letter a', 'EURO SIGN', 'CJK UNIFIED IDEOGRAPH-4E00',
          'HANGUL SYLLABLE GAG', 'GRINNING FACE', 'LATIN CAPITAL LETTER A WITH MACRON AND GRAVE',
          'LATIN CAPITAL LETTER GHA', 'NULL', 'BYTE ORDER MARK']:
    print(n, ascii(u.lookup(n)))
print(ascii(u.lookup(b'EURO SIGN')))
print(ascii('\N{EURO SIGN}\N{LATIN SMALL LETTER E WITH ACUTE}'))
for f in [lambda: u.name('ab'), lambda: u.name(''), lambda: u.name(3), lambda: u.name('\x00'),
          lambda: u.lookup('nope'), lambda: u.lookup('x' * 300), lambda: u.decimal('a'), lambda: u.digit('a'),
          lambda: u.numeric('a'), lambda: u.category('ab'), lambda: u.lookup(3), lambda: u.name(),
          lambda: u.combining(5), lambda: u.decimal('½'), lambda: u.digit('½')]:
    try:
        print(f())
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(u.name('\x00', None), u.decimal('x', 'dflt'), u.digit('x', 0), u.numeric('x', 1.5))
print(sum(1 for i in range(0x10000) if not 0xd800 <= i < 0xe000 and u.category(chr(i)) == 'Lu'))
print(sum(u.combining(chr(i)) for i in range(0x3000)))
