# The switch interval, and threads that wait on time.
import sys
import threading
import time

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
for bad in [0, -1, "x"]:
    try:
        sys.setswitchinterval(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
sys.setswitchinterval(0.005)

events = []

def sleeper(name, secs):
    time.sleep(secs)
    events.append(name)

ts = [threading.Thread(target=sleeper, args=("slow", 0.2)),
      threading.Thread(target=sleeper, args=("fast", 0.05))]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(events)

t = threading.Thread(target=time.sleep, args=(0.05,))
t.start()
t.join(timeout=0.001)
print("alive after a short join:", t.is_alive())
t.join()
print("alive after join:", t.is_alive())

timer_log = []
tm = threading.Timer(0.01, timer_log.append, args=("fired",))
tm.start()
tm.join()
print(timer_log)
