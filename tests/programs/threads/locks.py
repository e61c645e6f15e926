# Lock and RLock: acquire, release, with, and the errors CPython gives.
import threading

lock = threading.Lock()
print(lock.locked(), lock.acquire(), lock.locked())
print(lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
for bad in [lambda: lock.release(), lambda: lock.acquire(False, 1),
            lambda: lock.acquire(timeout=-2)]:
    try:
        bad()
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
with lock:
    print("inside:", lock.locked())
print("after:", lock.locked())

r = threading.RLock()
with r:
    with r:
        print("reentrant")
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

# a lock held by main blocks a thread until main lets go
order = []
gate = threading.Lock()
gate.acquire()

def wait_for_gate():
    with gate:
        order.append("thread got the gate")

t = threading.Thread(target=wait_for_gate)
t.start()
order.append("main releases")
gate.release()
t.join()
print(order)
print(threading.Lock is threading.Lock, type(lock).__name__)
