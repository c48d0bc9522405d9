import codecs

s = 'aé€\U0001f600z'
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'utf-7']:
    b = s.encode(enc)
    print(enc, b, b.decode(enc) == s)

print(codecs.utf_8_encode('héllo'), codecs.utf_8_decode(b'h\xc3\xa9llo'))
print(codecs.utf_8_decode(b'a\xe2\x82', 'strict', False))
print(codecs.utf_8_decode(b'a\xe2\x82', 'replace', True))
print(codecs.utf_16_encode('ab'), codecs.utf_16_encode('ab', None, -1), codecs.utf_16_encode('ab', 'strict', 1))
print(codecs.utf_32_encode('ab'), codecs.utf_32_encode('ab', None, 1))
print(codecs.utf_16_decode(b'\xff\xfea\x00b', 'strict', False))
print(codecs.utf_16_decode(b'\xfe\xff\x00a\x00b'))
print(codecs.utf_16_le_decode(b'a\x00\x3d\xd8', 'strict', False))
print(codecs.utf_16_ex_decode(b'a\x00b\x00', 'strict', 0, True))
print(codecs.utf_16_ex_decode(b'\xfe\xff\x00a', 'strict', 0, True))
print(codecs.utf_16_ex_decode(b'\x00a', 'strict', 1, True))
print(codecs.utf_32_ex_decode(b'\xff\xfe\x00\x00a\x00\x00\x00', 'strict', 0, True))
print(codecs.utf_32_decode(b'a\x00\x00\x00b\x00', 'strict', False))
print(codecs.utf_7_encode('a+b~\\ \u1234\U0001f600-x'))
print(codecs.utf_7_decode(b'a+AGE', 'strict', False), codecs.utf_7_decode(b'a+AGE-b'))
print(codecs.utf_7_decode(b'+AAA-'), codecs.utf_7_decode(b'+-'))
print(codecs.ascii_encode('abc'), codecs.ascii_decode(b'abc'), codecs.latin_1_encode('\xe9'), codecs.latin_1_decode(b'\xe9\xff'))

bad = [('utf-8', b'\xff'), ('utf-8', b'a\xe2\x82'), ('utf-8', b'\xe2\x82('), ('utf-8', b'\xed\xa0\x80'),
       ('utf-8', b'\xf4\x90\x80\x80'), ('utf-8', b'\xc0\xaf'),
       ('utf-16', b'\xff\xfe\x00\xd8a'), ('utf-16-le', b'\x00\xdc'), ('utf-16-be', b'\xd8\x00\x00a'),
       ('utf-16-le', b'\x00\xd8'), ('utf-16-le', b'a'), ('utf-16', b'a\x00\x00'),
       ('utf-32', b'\xff\xfe\x00\x00\x00\xd8\x00\x00'), ('utf-32-be', b'\x00\x11\x00\x00'), ('utf-32-le', b'ab'),
       ('utf-7', b'+!'), ('utf-7', b'\x80'), ('utf-7', b'+AGEA-'), ('utf-7', b'+AGF-'),
       ('ascii', b'a\x80\x81')]
for enc, b in bad:
    try:
        print(enc, repr(b.decode(enc)))
    except UnicodeDecodeError as e:
        print(enc, 'UnicodeDecodeError:', e, '|', e.encoding, e.object, e.start, e.end, e.reason)
    for errors in ['replace', 'ignore', 'backslashreplace']:
        print('  ', errors, repr(b.decode(enc, errors)))

for enc, text in [('ascii', 'aé€b'), ('latin-1', 'aé€\U0001f600b'), ('ascii', '€')]:
    try:
        text.encode(enc)
    except UnicodeEncodeError as e:
        print(enc, 'UnicodeEncodeError:', e, '|', e.encoding, repr(e.object), e.start, e.end, e.reason)
    for errors in ['replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace', 'namereplace']:
        print('  ', errors, text.encode(enc, errors))

for call in [lambda: codecs.utf_8_decode('abc'), lambda: codecs.utf_8_encode(b'abc'),
             lambda: codecs.utf_8_encode('abc', 3), lambda: codecs.utf_8_decode(b'a', 'strict', True, 4),
             lambda: codecs.utf_8_decode(), lambda: codecs.utf_16_encode('a', 'strict', 'x')]:
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)

print(codecs.utf_8_decode(bytearray(b'abc')), codecs.utf_8_decode(memoryview(b'xyz')))
print(str(b'\xe9t\xe9', 'latin-1'), bytes('été', 'utf-16-le'), bytearray('ab', 'utf-32-be'))
print(b'\xff'.decode('utf-8', errors='replace'), 'ab'.encode(encoding='utf_16_be'))
