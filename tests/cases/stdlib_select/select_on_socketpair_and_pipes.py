# select.select over a socket pair and a pipe; readiness, timeouts and argument errors
import select, socket, os
a, b = socket.socketpair()
print(select.select([a], [], [], 0), len(select.select([], [b], [], 0)[1]))
b.sendall(b"ping")
r, w, x = select.select([a, b], [a], [], 1.0)
print(r == [a], w == [a], x)
print(a.recv(16), a.getblocking(), a.gettimeout())
a.setblocking(False)
try:
    a.recv(4)
except BlockingIOError as e:
    print(type(e).__name__)
a.settimeout(0.05)
try:
    a.recv(4)
except TimeoutError as e:
    print("timeout:", e)
rfd, wfd = os.pipe()
os.write(wfd, b"x")
print(select.select([rfd], [], [], 0)[0] == [rfd], os.read(rfd, 1))
for bad in ([-1], [object()]):
    try:
        select.select(bad, [], [], 0)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
try:
    select.select([], [], [], -1)
except ValueError as e:
    print(e)
a.close(); b.close(); os.close(rfd); os.close(wfd)
print(a.fileno(), socket.socketpair.__module__ if hasattr(socket.socketpair, "__module__") else "")
