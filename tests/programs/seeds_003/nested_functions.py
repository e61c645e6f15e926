# seeds/003_4cacf86aecec5050.txt, Nested Functions - Finally: inner_function still reads outer_variable after outer_function returned.
def outer_function(x):
    outer_variable = x
    
    def inner_function():
        # This inner function has access to outer_variable
        print(f"From inner function: outer_variable = {outer_variable}")
        return outer_variable * 2
    
    return inner_function

# Create a closure
multiplier = outer_function(10)
result = multiplier()
print(f"Result: {result}")
