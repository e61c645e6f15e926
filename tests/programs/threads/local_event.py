# threading.local keeps one value per thread; Event and Condition hand off.
import threading

data = threading.local()
data.x = "main"
seen = []

def look():
    seen.append(hasattr(data, "x"))
    data.x = "thread"
    seen.append(data.x)

t = threading.Thread(target=look)
t.start()
t.join()
print(seen, data.x)
try:
    data.missing
except AttributeError as e:
    print("AttributeError:", e)

ready = threading.Event()
log = []

def waiter():
    log.append("waiting")
    ready.wait()
    log.append("woke")

t = threading.Thread(target=waiter)
t.start()
log.append("setting")
ready.set()
t.join()
print(log, ready.is_set(), ready.wait(0))

items = []
cond = threading.Condition()

def consumer():
    with cond:
        cond.wait_for(lambda: items)
        print("consumed", items.pop())

c = threading.Thread(target=consumer)
c.start()
with cond:
    items.append(42)
    cond.notify()
c.join()

sem = threading.BoundedSemaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(False))
sem.release()
sem.release()
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)
