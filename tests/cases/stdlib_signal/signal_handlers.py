# _signal: Python handlers run when a signal arrives, SIG_IGN/SIG_DFL, default_int_handler,
# KeyboardInterrupt from SIGINT, strsignal, errors
import _signal as signal

print(signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGPIPE), signal.getsignal(signal.SIGTERM))
print(signal.SIGINT, signal.SIGTERM, signal.SIGUSR1, signal.SIGKILL, signal.NSIG, signal.SIG_DFL, signal.SIG_IGN)
print([signal.strsignal(s) for s in (1, 2, 9, 15, 16, 31, 32, 34, 64)])
got = []
def handler(signum, frame):
    got.append(signum)
print(signal.signal(signal.SIGUSR1, handler))
signal.raise_signal(signal.SIGUSR1)
signal.raise_signal(signal.SIGUSR1)
print(got)
print(signal.getsignal(signal.SIGUSR1) is handler, signal.signal(signal.SIGUSR1, signal.SIG_DFL) is handler)
print(signal.signal(signal.SIGUSR2, signal.SIG_IGN))
signal.raise_signal(signal.SIGUSR2)
print("ignored", signal.getsignal(signal.SIGUSR2))
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
def raising(signum, frame):
    raise ValueError("from handler %d" % signum)
signal.signal(signal.SIGINT, raising)
try:
    signal.raise_signal(signal.SIGINT)
except ValueError as e:
    print(e)
print(signal.signal(signal.SIGINT, signal.default_int_handler) is raising)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt again")
for f in [lambda: signal.signal(0, signal.SIG_DFL), lambda: signal.signal(signal.SIGKILL, signal.SIG_IGN),
          lambda: signal.signal(2, 5), lambda: signal.signal(2, "x"), lambda: signal.getsignal(99),
          lambda: signal.default_int_handler(2, None), lambda: signal.signal(2.0, signal.SIG_DFL),
          lambda: signal.strsignal(0), lambda: signal.raise_signal(999)]:
    try:
        print(f())
    except (KeyboardInterrupt, Exception) as e:
        print(type(e).__name__, e)
vs = signal.valid_signals()
print(type(vs).__name__, len(vs), 1 in vs, 32 in vs, 64 in vs)
print(signal.alarm(0), signal.set_wakeup_fd(-1))
