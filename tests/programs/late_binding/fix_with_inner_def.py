# Fix 3 written out: an immediately-called function captures the current value.
handlers = []
for i in range(3):
    def make(j):
        def handler():
            return j
        return handler
    handlers.append(make(i))

print([h() for h in handlers])
print(handlers[0].__code__.co_freevars)
