# sys.exit("message") prints the message on stderr and exits with status 1, no traceback.
import sys


def main():
    print("working")
    sys.exit("bye: something went wrong")


main()
