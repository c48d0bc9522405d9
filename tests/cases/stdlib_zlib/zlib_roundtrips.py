# zlib: one-shot and streaming round trips in the zlib, raw and gzip formats, checksums,
# Decompress object state (eof, unused_data, unconsumed_tail), zdict, gzip module, errors
import zlib

data = b"hello world " * 1000 + bytes(range(256)) * 4
for level in (-1, 0, 1, 5, 9):
    c = zlib.compress(data, level)
    print(level, zlib.decompress(c) == data, c[:1].hex(), len(c) < len(data) or level == 0)
for wbits in (9, 12, 15, -15, -9, 31, 25):
    c = zlib.compress(data, wbits=wbits)
    auto = zlib.decompress(c, wbits=47) == data if wbits > 0 else None
    print(wbits, zlib.decompress(c, wbits=wbits) == data, auto)
print(zlib.compress(b"", wbits=31)[:4].hex(), zlib.decompress(zlib.compress(b"")))

print(zlib.crc32(b"hello"), zlib.crc32(b"world", zlib.crc32(b"hello ")), zlib.crc32(b"hello world"))
print(zlib.adler32(b"hello"), zlib.adler32(b"x" * 10000, 5), zlib.crc32(b"", -1), zlib.adler32(b""))
print(zlib.crc32(bytearray(b"ab")), zlib.crc32(memoryview(b"ab")), zlib.crc32(b"abc", 2**40 + 7))

co = zlib.compressobj(9, zlib.DEFLATED, -15)
out = co.compress(data[:5000]) + co.compress(data[5000:]) + co.flush()
print(zlib.decompress(out, -15) == data)
do = zlib.decompressobj(-15)
r = do.decompress(out[:100]) + do.decompress(out[100:] + b"EXTRA")
print(r == data, do.eof, do.unused_data, do.unconsumed_tail)
print(do.decompress(b"more"), do.unused_data)

do = zlib.decompressobj()
buf = zlib.compress(data)
parts = []
while buf:
    parts.append(do.decompress(buf, 100))
    buf = do.unconsumed_tail
parts.append(do.flush())
print(b"".join(parts) == data, do.eof, max(len(p) for p in parts[:-1]))

co = zlib.compressobj()
a = co.compress(b"abc")
b = co.flush(zlib.Z_SYNC_FLUSH)
print(a, b[-4:].hex(), co.flush(zlib.Z_NO_FLUSH))
rest = co.flush()
print(zlib.decompress(a + b + rest))

zd = b"hello world abc"
co = zlib.compressobj(zdict=zd)
c = co.compress(b"hello world abc hello") + co.flush()
do = zlib.decompressobj(zdict=zd)
print(do.decompress(c), do.eof)

print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_BEST_COMPRESSION,
      zlib.Z_DEFAULT_COMPRESSION, zlib.Z_FINISH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_NO_FLUSH)
print(issubclass(zlib.error, Exception), zlib.error.__module__, zlib.error.__name__)

for f in [lambda: zlib.decompress(b"garbage"),
          lambda: zlib.decompress(zlib.compress(data)[:-5]),
          lambda: zlib.compress("text"),
          lambda: zlib.compress(b"", 10),
          lambda: zlib.compressobj(wbits=99),
          lambda: zlib.decompressobj(wbits=99),
          lambda: co.compress(b"after finish"),
          lambda: zlib.decompressobj().decompress(b"", -1),
          lambda: zlib.decompressobj().flush(0),
          lambda: zlib.crc32("s")]:
    try:
        print(f())
    except (zlib.error, TypeError, ValueError) as e:
        print(type(e).__name__, e)

import gzip, io
g = gzip.compress(b"gzip data" * 50, mtime=0)
print(gzip.decompress(g)[:18], g[:4].hex())
bio = io.BytesIO()
with gzip.GzipFile(fileobj=bio, mode="wb", mtime=0) as f:
    f.write(b"abc" * 100)
print(gzip.decompress(bio.getvalue())[:6], len(gzip.decompress(bio.getvalue())))
zd = zlib._ZlibDecompressor()
c = zlib.compress(data)
first = zd.decompress(c, 10)
print(len(first), zd.needs_input, zd.eof)
rest = zd.decompress(b"")
print(first + rest == data, zd.eof, zd.unused_data)
try:
    zd.decompress(b"x")
except EOFError as e:
    print("EOFError", e)
