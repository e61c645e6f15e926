# seeds/002_2fc762ed25bdb8ee.txt, Part 2 Bytecode Evidence: dis of the inner add taken from make_adder.__code__.co_consts[1] (3.11 shows BINARY_OP, not BINARY_ADD).
import dis
def make_adder(n):
    def add(x):
        return x + n
    return add
dis.dis(make_adder.__code__.co_consts[1]) # disassemble the inner `add`
# LOAD_FAST 0 (x)
# LOAD_DEREF 0 (n) ← loads from closure cell, not local frame
# BINARY_ADD
# RETURN_VALUE
