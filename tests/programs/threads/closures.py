# Each thread's closure: the cells are shared, the frames are not.
import threading

def make_counter():
    count = 0
    lock = threading.Lock()
    def increment():
        nonlocal count
        with lock:
            count += 1
            return count
    return increment

counter = make_counter()
threads = [threading.Thread(target=counter) for _ in range(1000)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter.__code__.co_freevars, counter.__closure__[0].cell_contents)

def make_tasks():
    results = {}
    def task(name):
        results[name] = threading.current_thread().name
    return task, results

task, results = make_tasks()
ts = [threading.Thread(target=task, args=(n,), name=f"worker-{n}") for n in "abc"]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results.items()))

def failing():
    raise ValueError("boom")

def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.thread.name)

threading.excepthook = hook
t = threading.Thread(target=failing, name="bad")
t.start()
t.join()
print("main goes on")
