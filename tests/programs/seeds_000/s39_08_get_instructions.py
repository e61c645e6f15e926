# seeds/000_27bc754d294148a3.txt, 39.8 LOAD_DEREF: inner reads x with LOAD_DEREF, not LOAD_FAST (shown with dis.get_instructions).
import dis

def outer():
    x = 10

    def inner():
        return x

    return inner

inner = outer()
ops = [ins.opname for ins in dis.get_instructions(inner)]
print(ops)
print('LOAD_DEREF' in ops, 'LOAD_FAST' in ops)
for ins in dis.get_instructions(inner):
    if ins.opname == 'LOAD_DEREF':
        print(ins.opname, ins.argval, ins.argrepr, ins.offset, ins.starts_line)
print([ins.opname for ins in dis.get_instructions(outer) if 'CELL' in ins.opname or 'CLOSURE' in ins.opname])
