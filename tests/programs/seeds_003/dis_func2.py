# seeds/003_4cacf86aecec5050.txt, Disassembling our snippets: dis.dis(func2) shows inp**2 stored back into the local inp.
import dis

def func2(inp):
    inp = inp**2
    return inp

dis.dis(func2)
