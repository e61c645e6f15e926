# popping an empty deque, uncaught: the traceback has only the program's own line
from collections import deque

queue = deque(["job"])
print(queue.popleft())
print(queue.popleft())
