# base64, hashlib, hmac, weakref, warnings, marshal, errno
import base64, hashlib, hmac, weakref, warnings, marshal, errno, gc
print(base64.b64encode(b"ferrite!"), base64.b64decode("ZmVycml0ZSE="), base64.urlsafe_b64encode(b"\xff\xfe"), base64.b32encode(b"ab"), base64.b16decode("4142"))
try:
    base64.b64decode("abc", validate=True)
except Exception as e:
    print(type(e).__name__, e)
print(hashlib.sha256(b"abc").hexdigest()[:16], hashlib.md5(b"").hexdigest(), hashlib.new("sha1", b"x").hexdigest()[:8])
print(hmac.new(b"key", b"msg", "sha256").hexdigest()[:16], hashlib.blake2b(b"x", digest_size=8).hexdigest())
class Obj:
    pass
o = Obj()
r = weakref.ref(o)
d = weakref.WeakValueDictionary()
d["k"] = o
print(r() is o, "k" in d, len(d))
ws = weakref.WeakSet([o])
print(o in ws, len(ws))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("careful", UserWarning)
    warnings.warn("old", DeprecationWarning)
print([(w.category.__name__, str(w.message)) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", e)
data = [1, 2.5, "s", b"b", (1, 2), {"k": [None, True]}, {1, 2}, 2**80]
print(marshal.loads(marshal.dumps(data)) == data, errno.ENOENT, errno.errorcode[errno.EEXIST])
