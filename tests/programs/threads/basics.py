# Threads start, run their target with args and kwargs, and join.
import threading

results = []
lock = threading.Lock()

def worker(n, tag="w"):
    for i in range(3):
        with lock:
            results.append((tag, n, i))

threads = [threading.Thread(target=worker, args=(k,), kwargs={"tag": "t"})
           for k in range(4)]
first = threads[0]
print(first.name, first.is_alive(), first.daemon, first.ident)
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(results), sorted(results)[:3])
print(first.is_alive(), first.ident is not None)
print(threading.current_thread().name)
print(threading.main_thread() is threading.current_thread())
print(threading.active_count(), len(threading.enumerate()))
print(type(threading.get_ident()).__name__)

named = threading.Thread(target=print, args=("hello from a thread",), name="greeter")
print(named.name)
named.start()
named.join()

class Squarer(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.result = None

    def run(self):
        self.result = self.n * self.n

s = Squarer(7)
s.start()
s.join()
print(s.result, s.name.startswith("Thread-"))
