# dis of try/finally as CPython 3.11 lays them out: SETUP's and POP_BLOCK's NOPs outside every handler, PUSH_EXC_INFO without a line, the exceptional finally copy's RERAISE inside the cleanup range.
import dis


def guarded():
    try:
        return "from try"
    finally:
        print("finally runs")


def overrides():
    try:
        return "from try"
    finally:
        return "from finally"


def raises():
    try:
        raise ValueError("x")
    finally:
        print("inner finally")


for fn in (guarded, overrides, raises):
    dis.dis(fn)
print(guarded(), overrides())
