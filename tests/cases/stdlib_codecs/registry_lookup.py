import codecs
import _codecs

for name in ['utf-8', 'UTF8', 'latin_1', 'Latin-1', 'ascii', 'US-ASCII', 'cp1252', 'utf_16_le', 'u7']:
    info = codecs.lookup(name)
    print(name, '->', info.name, type(info).__name__, isinstance(info, tuple), len(info))

for bad in ['nope', 'utf-9', '']:
    try:
        codecs.lookup(bad)
    except LookupError as e:
        print('LookupError:', e)

seen = []
def search(name):
    seen.append(name)
    if name == 'my_codec':
        return codecs.CodecInfo(lambda s, e='strict': (s.upper().encode(), len(s)),
                                lambda b, e='strict': (bytes(b).decode().lower(), len(b)),
                                name='my-codec')
    return None

codecs.register(search)
for n in ['My-Codec', ' my  codec ', 'MY.CODEC', 'my--codec']:
    try:
        print(n, codecs.lookup(n).name)
    except LookupError as e:
        print('LookupError:', e)
print(seen)
print(codecs.encode('abc', 'my-codec'), codecs.decode(b'ABC', 'my_codec'))
print('xyz'.encode('my_codec'), b'XYZ'.decode('my_codec'))
print(codecs.lookup('my_codec') is codecs.lookup('MY_CODEC'))
codecs.unregister(search)
try:
    codecs.lookup('other_codec')
except LookupError as e:
    print('LookupError:', e)

def bad_search(name):
    if name == 'bad_one':
        return (1, 2)
    if name == 'bad_two':
        return 42
codecs.register(bad_search)
for n in ['bad_one', 'bad_two']:
    try:
        codecs.lookup(n)
    except TypeError as e:
        print('TypeError:', e)

try:
    codecs.register(42)
except TypeError as e:
    print('TypeError:', e)
try:
    codecs.lookup(42)
except TypeError as e:
    print('TypeError:', e)

for call in [lambda: 'x'.encode('rot13'), lambda: b'x'.decode('rot13'),
             lambda: 'x'.encode('hex'), lambda: codecs.encode('x', 'nope')]:
    try:
        call()
    except LookupError as e:
        print('LookupError:', e)

print(codecs.encode('Hello', 'rot13'), codecs.decode('Uryyb', 'rot_13'))
print(codecs.encode(b'hi', 'hex'), codecs.decode(b'6869', 'hex_codec'))
print(codecs.encode(b'hi there', 'base64'))
print(codecs.encode('abc'), codecs.decode(b'abc'), codecs.encode('é', 'latin-1'))
print(codecs.encode(obj='é', encoding='utf-8', errors='strict'))

def enc_returns_str(s, errors='strict'):
    return (s, len(s))
def weird(name):
    if name == 'weird':
        return codecs.CodecInfo(enc_returns_str, enc_returns_str, name='weird')
    if name == 'notuple':
        return codecs.CodecInfo(lambda s, e='strict': s, lambda s, e='strict': s, name='notuple')
codecs.register(weird)
for call in [lambda: 'x'.encode('weird'), lambda: b'x'.decode('weird'),
             lambda: codecs.encode('x', 'notuple'), lambda: codecs.decode(b'x', 'notuple')]:
    try:
        print(call())
    except TypeError as e:
        print('TypeError:', e)
print(codecs.encode('x', 'weird'))
print(sorted(n for n in dir(_codecs) if not n.startswith('__'))[:10])
