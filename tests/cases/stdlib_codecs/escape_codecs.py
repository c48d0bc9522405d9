import codecs

print(codecs.unicode_escape_encode('a\'"\\\n\t\r\x00\xff\u1234\U0001f600'))
print(codecs.raw_unicode_escape_encode('a\\\n\x00\xff\u1234\U0001f600'))
print(codecs.unicode_escape_decode(b'a\\x41\\u00e9\\U0001F600\\N{EURO SIGN}\\n\\101\\\nb'))
print(codecs.unicode_escape_decode('a\xe9\\t'))
print(codecs.unicode_escape_decode(b'a\\x4', 'strict', False), codecs.unicode_escape_decode(b'ab\\', 'strict', False))
print(codecs.raw_unicode_escape_decode(b'a\\u00e9\\x41\\\\u0041 \\U0001F600'))
print(codecs.raw_unicode_escape_decode(b'a\\u004', 'strict', False), codecs.raw_unicode_escape_decode(b'a\\'))
print('é€\n'.encode('unicode_escape'), b'\\u20ac\\t'.decode('unicode_escape'))
print('é€\n'.encode('raw_unicode_escape'), b'\\u20ac\\t'.decode('raw_unicode_escape'))
for enc, b in [('unicode_escape', b'\\x4g'), ('unicode_escape', b'ab\\'), ('unicode_escape', b'\\N{foo}'),
               ('unicode_escape', b'\\N{'), ('unicode_escape', b'\\Nx'), ('unicode_escape', b'\\U00110000'),
               ('unicode_escape', b'\\u12'), ('raw_unicode_escape', b'\\u12'),
               ('raw_unicode_escape', b'\\U00110000')]:
    try:
        print(enc, repr(b.decode(enc)))
    except UnicodeDecodeError as e:
        print(enc, 'UnicodeDecodeError:', e, e.start, e.end)
    print('  ', repr(b.decode(enc, 'replace')), repr(b.decode(enc, 'backslashreplace')))

print(codecs.escape_encode(b'a\'"\\\n\x00\xff'))
print(codecs.escape_decode(b'a\\x41\\n\\101\\"\\\nz'), codecs.escape_decode('\\t'))
for b in [b'\\x4', b'a\\', b'\\x4z']:
    try:
        print(codecs.escape_decode(b))
    except ValueError as e:
        print('ValueError:', e)
print(codecs.escape_decode(b'\\x4z', 'replace'), codecs.escape_decode(b'\\x4z', 'ignore'))
try:
    codecs.escape_decode(b'\\x4z', 'foo')
except ValueError as e:
    print('ValueError:', e)
try:
    codecs.escape_encode('abc')
except TypeError as e:
    print('TypeError:', e)
print(codecs.readbuffer_encode('abc'), codecs.readbuffer_encode(b'abc'), codecs.readbuffer_encode(bytearray(b'x')))
