# `pass` compiles to a NOP, and CPython's optimizer drops a NOP whose line
# the instruction before or after it already carries: an empty body is just
# the implicit `return None` on the `pass` line.
import dis


def nothing():
    pass


def assign_then_pass():
    x = 1
    pass


def pass_in_branch(x):
    if x:
        pass
    return 2


dis.dis(nothing)
dis.dis(assign_then_pass)
dis.dis(pass_in_branch)
