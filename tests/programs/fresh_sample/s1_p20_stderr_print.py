# printing to stderr and stdout
import sys
def warn(*args):
    print("warning:", *args, file=sys.stderr)
print("start")
warn("disk", "almost", "full")
sys.stdout.write("written directly\n")
n = sys.stderr.write("raw err\n")
print(n)
