# seeds/004_d0a714c7296f60be.txt, Part 3 warning: 1000 threads call one nonlocal counter; then the fix with threading.Lock.
import threading

def make_counter():
    count = 0
    def increment():
        nonlocal count
        count += 1 # NOT atomic: read, increment, write - races in threads
        return count
    return increment

counter = make_counter()
threads = [threading.Thread(target=counter) for _ in range(1000)]
for t in threads: t.start()
for t in threads: t.join()
# Final count is less than 1000 due to race conditions

# Fix: use threading.Lock or threading.local, or use a class with a Lock
def make_safe_counter():
    count = 0
    lock = threading.Lock()
    def increment():
        nonlocal count
        with lock:
            count += 1
            return count
    return increment

safe = make_safe_counter()
threads = [threading.Thread(target=safe) for _ in range(1000)]
for t in threads: t.start()
for t in threads: t.join()
print(safe.__closure__[0].cell_contents)
