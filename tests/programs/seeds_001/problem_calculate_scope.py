# seeds/001_a263f8b862c3707a.txt, "The Problem: Data Lifecycle": x is an ordinary local of calculate_scope; nothing is captured.
def calculate_scope():
    x = 42
    return x

print(calculate_scope())
print(calculate_scope.__code__.co_varnames, calculate_scope.__closure__)
