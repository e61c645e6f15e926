# sys.version_info behaves as a named tuple (this machine's CPython is 3.11.7)
import sys
print(sys.version_info, sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8), sys.version_info < (3, 12), tuple(sys.version_info)[:3], len(sys.version_info), sys.version_info[0] == 3)
major, minor, *rest = sys.version_info
print(major, minor, rest, sys.version_info == (3, 11, 7, 'final', 0))
