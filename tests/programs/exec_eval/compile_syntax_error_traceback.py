def check(src):
    return compile(src, "<check>", "exec")
check("x = 1")
print("ok")
check("def read:\n    return x\n")
