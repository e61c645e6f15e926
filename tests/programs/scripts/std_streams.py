# sys.stdout / sys.stderr (write, flush), print(file=...) to them and to any object with write(), sys.argv.
import sys
print("args", sys.argv[1:], sys.argv[0].endswith("std_streams.py"))
n = sys.stdout.write("hello\n")
print(n)
sys.stderr.write("to stderr\n")
print("also err", 1, 2, sep="-", file=sys.stderr)
print("out", file=sys.stdout, end="!\n")
print("none file", file=None)
class Log:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): self.parts.append("<flush>")
log = Log()
print("a", "b", 3, file=log, sep=", ", flush=True)
print(log.parts)
try:
    print("x", file=3)
except AttributeError as e: print(e)
try:
    sys.stdout.write(3)
except TypeError as e: print(e)
print(sys.stdout, sys.stderr)
sys.stdout.flush()
print(sys.stdout is sys.__stdout__, exit, type(exit).__name__)
print("end")
