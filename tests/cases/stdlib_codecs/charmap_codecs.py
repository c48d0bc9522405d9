import codecs

table = codecs.charmap_build('abc')
print(sorted(table.items()))
print(codecs.charmap_encode('cab', 'strict', table))
print(codecs.charmap_decode(b'\x00\x01\x02', 'strict', 'xyz'))
print(codecs.charmap_decode(b'\x00\x01\x02', 'strict', {0: 'A', 1: 66, 2: None}) if False else '')
try:
    codecs.charmap_decode(b'\x00\x01\x02', 'strict', {0: 'A', 1: 66, 2: None})
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
print(codecs.charmap_decode(b'\x00\x01\x02', 'replace', {0: 'AB', 1: 66}))
print(codecs.charmap_decode(b'\x00\x05', 'ignore', 'xyz\ufffe'))
print(codecs.charmap_decode(b'\xe9abc'), codecs.charmap_encode('\xe9abc'))
print(codecs.charmap_encode('abc', 'strict', {97: 65, 98: b'BB', 99: None} ) if False else '')
try:
    codecs.charmap_encode('abcd', 'strict', {97: 65, 98: b'BB'})
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e, e.start, e.end)
print(codecs.charmap_encode('abcd', 'replace', {97: 65, 98: b'BB', 63: 33}))
print(codecs.charmap_encode('abxd', 'xmlcharrefreplace', {i: i for i in range(128)}))
try:
    codecs.charmap_encode('abcd', 'replace', {97: 65})
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
for m in [{97: 300}, {97: 'x'}, {97: 1.5}]:
    try:
        codecs.charmap_encode('a', 'strict', m)
    except TypeError as e:
        print('TypeError:', e)
for m in [{0: 0x110000}, {0: 1.5}]:
    try:
        codecs.charmap_decode(b'\x00', 'strict', m)
    except TypeError as e:
        print('TypeError:', e)

for enc in ['cp1252', 'cp437', 'iso8859_15', 'koi8_r', 'mac_roman', 'cp850', 'iso8859-7', 'cp1251', 'latin_1']:
    text = 'Grüße €'
    try:
        b = text.encode(enc)
        print(enc, b, b.decode(enc))
    except UnicodeEncodeError as e:
        print(enc, 'UnicodeEncodeError:', e)
    print('  ', text.encode(enc, 'replace'), bytes(range(0x80, 0x90)).decode(enc, 'replace'))
print('Привет'.encode('koi8_r'), 'Привет'.encode('cp1251').decode('cp1251'))
try:
    b'\x81'.decode('cp1252')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
dec = codecs.getincrementaldecoder('cp1252')()
print(dec.decode(b'ab\x80'), dec.decode(b'c', final=True))
