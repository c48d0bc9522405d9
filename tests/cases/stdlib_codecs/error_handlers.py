import codecs

for name in ['strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace', 'namereplace',
             'surrogateescape', 'surrogatepass']:
    h = codecs.lookup_error(name)
    print(name, h.__name__)

enc_exc = UnicodeEncodeError('ascii', 'aé€\U0001f600b', 1, 4, 'ordinal not in range(128)')
dec_exc = UnicodeDecodeError('utf-8', b'a\xff\xfeb', 1, 3, 'invalid start byte')
tr_exc = UnicodeTranslateError('aé€b', 1, 3, 'no mapping')
print(enc_exc, '|', dec_exc, '|', tr_exc)
print(enc_exc.encoding, repr(enc_exc.object), enc_exc.start, enc_exc.end, enc_exc.reason)
print(tr_exc.object, tr_exc.start, tr_exc.end, tr_exc.reason)
single = UnicodeEncodeError('ascii', 'é', 0, 1, 'bad')
print(single, '|', UnicodeDecodeError('ascii', b'\xff', 0, 1, 'bad'), '|', UnicodeTranslateError('\u1234', 0, 1, 'bad'))
enc_exc.start = 2
enc_exc.reason = 'changed'
print(enc_exc, enc_exc.args)

for name in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace']:
    h = codecs.lookup_error(name)
    for exc in [enc_exc, dec_exc, tr_exc]:
        try:
            print(name, type(exc).__name__, h(exc))
        except TypeError as e:
            print(name, type(exc).__name__, 'TypeError:', e)
try:
    codecs.lookup_error('strict')(enc_exc)
except UnicodeEncodeError as e:
    print('strict raised', e is enc_exc)
for name in ['strict', 'ignore', 'replace']:
    try:
        codecs.lookup_error(name)(ValueError('x'))
    except (TypeError, ValueError) as e:
        print(name, 'TypeError:', e)
try:
    codecs.lookup_error('surrogateescape')(enc_exc)
except UnicodeEncodeError as e:
    print('surrogateescape re-raised', e is enc_exc)

try:
    codecs.lookup_error('nope')
except LookupError as e:
    print('LookupError:', e)
try:
    'é'.encode('ascii', 'nope')
except LookupError as e:
    print('LookupError:', e)
print('abc'.encode('ascii', 'nope'))
try:
    codecs.register_error('x', 42)
except TypeError as e:
    print('TypeError:', e)

def tag(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ('[%s]' % ','.join(str(ord(c)) for c in exc.object[exc.start:exc.end]), exc.end)
    return ('<%s>' % exc.object[exc.start:exc.end].hex(), exc.end)
codecs.register_error('tag', tag)
print('aé€b'.encode('ascii', 'tag'), 'aé€b'.encode('latin-1', 'tag'), 'aé€b'.encode('cp1252', 'tag'))
print(b'a\xff\xfeb\xc3'.decode('utf-8', 'tag'), b'a\x80b'.decode('ascii', 'tag'))
print(codecs.lookup_error('tag') is tag)

codecs.register_error('bytes_rep', lambda e: (b'<B>', e.end))
print('aéb'.encode('ascii', 'bytes_rep'))
codecs.register_error('skip_back', lambda e: ('?', -1))
print('aéb'.encode('ascii', 'skip_back'))
for bad in [lambda e: 42, lambda e: ('x',), lambda e: (1, 2), lambda e: ('x', 'y'), lambda e: ('x', 100)]:
    codecs.register_error('bad', bad)
    for call in [lambda: 'aé'.encode('ascii', 'bad'), lambda: b'a\xff'.decode('ascii', 'bad')]:
        try:
            print(call())
        except (TypeError, IndexError) as e:
            print(type(e).__name__ + ':', e)
codecs.register_error('bytes_dec', lambda e: (b'x', e.end))
try:
    b'\xff'.decode('utf-8', 'bytes_dec')
except TypeError as e:
    print('TypeError:', e)

def raiser(e):
    raise KeyError('from handler')
codecs.register_error('raiser', raiser)
try:
    'é'.encode('ascii', 'raiser')
except KeyError as e:
    print('KeyError:', e)

print('aé'.encode('ascii', 'surrogateescape') if False else '')
for errors in ['surrogateescape', 'surrogatepass']:
    try:
        'aé'.encode('ascii', errors)
    except UnicodeEncodeError as e:
        print(errors, 'UnicodeEncodeError:', e)
    print(b'abc'.decode('ascii', errors))
try:
    b'\xff'.decode('utf-8', 'xmlcharrefreplace')
except TypeError as e:
    print('TypeError:', e)
