# threading primitives, queue and concurrent.futures as far as one thread can use them
import threading, queue
lock = threading.Lock()
with lock:
    print(lock.locked())
print(lock.locked(), lock.acquire(blocking=False), lock.acquire(blocking=False))
lock.release()
rl = threading.RLock()
with rl:
    with rl:
        print("reentrant ok")
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
ev.set()
print(ev.wait(), threading.current_thread().name, threading.main_thread() is threading.current_thread())
cond = threading.Condition()
with cond:
    print(cond.wait(0.01))
sem = threading.BoundedSemaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
sem.release()
try:
    sem.release(); sem.release()
except ValueError as e:
    print(e)
q = queue.Queue()
for i in range(3):
    q.put(i)
print(q.qsize(), [q.get() for _ in range(3)], q.empty())
try:
    q.get_nowait()
except queue.Empty:
    print("empty")
pq = queue.PriorityQueue()
for x in [5, 1, 3]:
    pq.put(x)
print([pq.get() for _ in range(3)], queue.LifoQueue().empty())
local = threading.local()
local.x = 5
print(local.x, threading.active_count() >= 1, isinstance(threading.get_ident(), int))
