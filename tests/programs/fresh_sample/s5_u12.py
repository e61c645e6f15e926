# print with sep/end None and file None
print("a", "b", sep=None, end=None, file=None)
print("c", end="")
print()
import sys
print("x", "y", sep="", file=sys.stdout, flush=True)
