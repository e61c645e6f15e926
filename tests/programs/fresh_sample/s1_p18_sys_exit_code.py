# sys.exit with a status from a function
import sys
def main(argv):
    print("args:", argv[1:])
    if not argv[1:]:
        print("usage: prog NAME", file=sys.stderr)
        return 2
    return 0
sys.exit(main(sys.argv))
