# seeds/003_4cacf86aecec5050.txt, Practical Example: Building a Counter: increment/decrement/get_count share count, returned in a dict.
def create_counter(initial=0):
    count = initial
    
    def increment(step=1):
        nonlocal count
        count += step
        return count
    
    def decrement(step=1):
        nonlocal count
        count -= step
        return count
    
    def get_count():
        return count
    
    # Return a dictionary of functions
    return {
        'increment': increment,
        'decrement': decrement,
        'get_count': get_count
    }

counter = create_counter(5)
print(counter['get_count']())  # 5
print(counter['increment']())  # 6
print(counter['increment'](3))  # 9
print(counter['decrement'](2))  # 7
