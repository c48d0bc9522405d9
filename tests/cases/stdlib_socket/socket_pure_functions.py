# _socket: constants, byte order, inet_* conversions, default timeout, exception types
# (sockets themselves and name lookups are not supported yet); socket.py imports
import selectors, select
print(select.error is OSError, hasattr(selectors, "SelectSelector"))
import _socket as s
print(s.AF_INET, s.SOCK_STREAM, s.htons(1), s.ntohs(256), s.htonl(1), s.ntohl(16777216))
print(s.inet_aton("1.2.3.4"), s.inet_aton("127.1"), s.inet_aton("0x7f.1"), s.inet_ntoa(b"\x7f\x00\x00\x01"))
print(s.inet_pton(s.AF_INET6, "::1"), s.inet_ntop(s.AF_INET6, bytes(15) + b"\x01"), s.inet_ntop(s.AF_INET, b"\x01\x02\x03\x04"), s.inet_ntop(s.AF_INET6, bytes(10)+b"\xff\xff\x01\x02\x03\x04"), s.inet_ntop(s.AF_INET6, b"\x20\x01\x0d\xb8" + bytes(10) + b"\x00\x01"))
print(s.getdefaulttimeout()); s.setdefaulttimeout(3); print(s.getdefaulttimeout()); s.setdefaulttimeout(None)
print(issubclass(s.gaierror, OSError), s.timeout is TimeoutError, s.error is OSError, s.gaierror.__module__, type(s.gethostname()).__name__)
for f in [lambda: s.htons(-1), lambda: s.htons(70000), lambda: s.htonl(2**32), lambda: s.inet_aton("1.2.3.256"), lambda: s.inet_aton("x"), lambda: s.inet_ntoa(b"abc"), lambda: s.inet_pton(s.AF_INET, "1.2.3"), lambda: s.inet_ntop(s.AF_INET, b"ab"), lambda: s.setdefaulttimeout(-1)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
import socket
print(socket.AF_INET, socket.SocketKind.SOCK_STREAM if hasattr(socket, "SocketKind") else "")
