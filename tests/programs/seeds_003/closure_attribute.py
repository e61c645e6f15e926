# seeds/003_4cacf86aecec5050.txt, __closure__ and what it means: two cells for x and y, and their names in co_freevars.
def outer(x, y):
    def inner():
        return x + y
    return inner

closure_func = outer(10, 20)
print(f"Closure cells: {closure_func.__closure__}")
print(f"Cell contents: {[cell.cell_contents for cell in closure_func.__closure__]}")

# Let's see the variable names
print(f"Code object variables: {closure_func.__code__.co_freevars}")
