# StopIteration inside generators becomes RuntimeError
def first_items(iterables):
    for it in iterables:
        yield next(iter(it))
try:
    print(list(first_items([[1], [2], []])))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)
def safe_first(iterables):
    for it in iterables:
        try:
            yield next(iter(it))
        except StopIteration:
            return
print(list(safe_first([[1], [], [3]])))
