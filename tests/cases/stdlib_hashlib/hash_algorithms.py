# the builtin hash modules behind hashlib: digests, copy, update with bytes-likes, names and
# sizes, SHAKE lengths, BLAKE2 parameters, file_digest, errors
import hashlib, io
import _md5, _sha1, _sha2, _sha3, _blake2

names = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256",
         "sha3_384", "sha3_512", "blake2b", "blake2s"]
for n in names:
    h = hashlib.new(n, b"abc")
    h2 = h.copy()
    h2.update(b"def" * 100)
    h2.update(bytearray(b"xy"))
    h2.update(memoryview(b"zz"))
    print(n, h.name, h.digest_size, h.block_size, h.hexdigest(), h2.hexdigest())
    print(" ", getattr(hashlib, n)(b"abc").digest() == h.digest(), h.hexdigest() == h.digest().hex())
for n in ["shake_128", "shake_256"]:
    h = hashlib.new(n, b"abc")
    print(n, h.name, h.digest_size, h.block_size, h.hexdigest(10), h.digest(40).hex())
print(hashlib.sha256(b"x" * 1000000).hexdigest())
print(hashlib.md5().hexdigest(), hashlib.sha1(b"").hexdigest())

print(hashlib.blake2b(b"hi", digest_size=20, key=b"k", salt=b"s", person=b"p").hexdigest())
print(hashlib.blake2s(b"hi", digest_size=20, key=b"k" * 32, salt=b"s", person=b"p", fanout=2,
                      depth=3, leaf_size=5, node_offset=7, node_depth=1, inner_size=9,
                      last_node=True).hexdigest())
print(hashlib.blake2b(b"x" * 300, fanout=0, depth=255, leaf_size=2**32 - 1,
                      node_offset=2**64 - 1, inner_size=64, last_node=True).hexdigest())
print(hashlib.blake2b(b"x" * 128).hexdigest(), hashlib.blake2s(b"x" * 64).hexdigest())
print(hashlib.blake2b(key=b"k").hexdigest(), hashlib.blake2b(digest_size=3).digest_size)
print(_blake2.BLAKE2B_SALT_SIZE, _blake2.BLAKE2S_PERSON_SIZE, _blake2.BLAKE2B_MAX_DIGEST_SIZE,
      hashlib.blake2b.MAX_KEY_SIZE, hashlib.blake2s.SALT_SIZE)
print(type(_md5.md5()).__name__, type(_sha2.sha256()).__name__, _sha3.sha3_256.__name__,
      _blake2.blake2s.__name__, _sha1.sha1(b"a").hexdigest())

print(hashlib.file_digest(io.BytesIO(b"hello" * 10000), "sha1").hexdigest())
print(hashlib.file_digest(io.BytesIO(b"abc"), hashlib.sha3_256).hexdigest())
print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)

for f in [lambda: hashlib.sha1("x"), lambda: hashlib.md5(1), lambda: hashlib.new("nope"),
          lambda: hashlib.blake2b(digest_size=65), lambda: hashlib.blake2s(key=b"x" * 33),
          lambda: hashlib.blake2b(salt=b"x" * 17), lambda: hashlib.blake2s(person=b"x" * 9),
          lambda: hashlib.blake2b(depth=0), lambda: hashlib.blake2b(fanout=256),
          lambda: hashlib.blake2b(node_depth=256), lambda: hashlib.shake_128().digest(),
          lambda: hashlib.sha256().update("s")]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
