# seeds/003_4cacf86aecec5050.txt, Scopes (scope 0/1/2): func contains func2; both bodies are pass, so func() returns None.
# this is scope 0
def func():
    # this is scope 1
    def func2():
        # this is scope 2
        pass
    pass 

print(func())
print(func.__code__.co_varnames)
