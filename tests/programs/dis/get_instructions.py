# dis.get_instructions: one dis.Instruction per instruction, with CPython 3.11's opname, opcode, arg, argval, argrepr, offset, starts_line, is_jump_target
import dis

def outer():
    x = 10

    def inner():
        return x

    return inner

fn = outer()
print([i.opname for i in dis.get_instructions(fn)])
print([i.opname for i in dis.get_instructions(outer)])
print('LOAD_DEREF' in {i.opname for i in dis.get_instructions(fn)})
for ins in dis.get_instructions(fn):
    print(ins)

def counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        print(f'{count!r}', 'items' if count > 1 else 'item')
        return count
    return inc

for ins in dis.get_instructions(counter()):
    print(ins.opname, ins.opcode, ins.arg, repr(ins.argval), repr(ins.argrepr), ins.offset, ins.starts_line, ins.is_jump_target)
for ins in dis.get_instructions(counter.__code__):
    if ins.opname in ('LOAD_CLOSURE', 'MAKE_CELL', 'MAKE_FUNCTION', 'LOAD_CONST'):
        print(ins.opname, ins.argval if ins.opname != 'LOAD_CONST' else type(ins.argval).__name__, ins.argrepr[:20])
it = dis.get_instructions(fn)
first = next(it)
print(type(first).__name__, first.opname, first.positions.lineno, next(it).positions)
print(dis.opmap['LOAD_DEREF'], dis.opmap['STORE_DEREF'], dis.opmap['MAKE_CELL'])
