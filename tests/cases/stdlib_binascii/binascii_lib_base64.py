# Needs the Lib import system (base64.py over binascii).
import base64

print(base64.b64encode(b"hello world"), base64.b64decode(b"aGVsbG8gd29ybGQ="), base64.urlsafe_b64encode(b"\xfb\xff"))
print(base64.b16encode(b"\x01\xab"), base64.b16decode("01AB"), base64.b32encode(b"abc"), base64.b85encode(b"xyz"))
try:
    base64.b64decode(b"abc", validate=True)
except Exception as e:
    print(type(e).__name__, e)
