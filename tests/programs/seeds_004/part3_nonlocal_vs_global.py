# seeds/004_d0a714c7296f60be.txt, Part 3 nonlocal vs global: inner_global rebinds the module x, inner_nonlocal rebinds outer's x.
x = "global"

def outer():
    x = "enclosing"

    def inner_global():
        global x # refers to module-level x, skips enclosing
        x = "modified global"

    def inner_nonlocal():
        nonlocal x # refers to outer()'s x, not module-level
        x = "modified enclosing"

    inner_global()
    print(x) # "enclosing" - inner_global changed the global, not this x

    inner_nonlocal()
    print(x) # "modified enclosing" - inner_nonlocal changed outer's x

outer()
print(x) # "modified global" - inner_global changed module-level x
