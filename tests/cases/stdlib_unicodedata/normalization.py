import unicodedata as u

samples = ['', 'abc', 'é', 'e\u0301', 'ﬁ', '½', 'Å', 'A\u030a', '\u212b', '한국어', '\u1112\u1161\u11ab',
           'ẛ̣', 'q\u0307\u0323', '\u1e0b\u0323', 'x\u0323\u0301\u0302y', '①②', 'ｶﾞ', '\u00c5\u0327',
           '\U0001d400', 'a\u0301\u0301', '\u0958', '\u2126', 'ÄÖÜ ß', '\u0f73', '\u1100\u1161\u11a8']
for s in samples:
    print(ascii(s), [ascii(u.normalize(f, s)) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')],
          [u.is_normalized(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')])
s = 'already normal'
print(u.normalize('NFC', s) is s)
for f in [lambda: u.normalize('NFX', 'a'), lambda: u.normalize('NFC', 3), lambda: u.normalize(3, 'a'),
          lambda: u.is_normalized('nfc', 'a'), lambda: u.normalize('NFC')]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
