# seeds/004_d0a714c7296f60be.txt, Part 7 danger note: the closure keeps big_dict alive after del; make_processor_lean copies it (getsizeof value printed as CPython reports it).
import sys

def make_processor(large_data):
    # large_data is captured in the closure
    def process(key):
        return large_data.get(key) # captures the entire dict
    return process

big_dict = {i: i**2 for i in range(100_000)}
print(sys.getsizeof(big_dict)) # ~4 MB

processor = make_processor(big_dict)

# Even if we delete big_dict, the closure keeps it alive
del big_dict
import gc; gc.collect()

# processor.__closure__[0].cell_contents is still the 4MB dict!
print(sys.getsizeof(processor.__closure__[0].cell_contents)) # still ~4 MB
print(len(processor.__closure__[0].cell_contents), processor(300))

# Fix: capture only what you need
def make_processor_lean(large_data):
    lookup = dict(large_data) # still large, but explicit copy
    # or: extract only needed keys before closure
    def process(key):
        return lookup.get(key)
    return process

lean = make_processor_lean({1: "one", 2: "two"})
print(lean(2), lean(3), lean.__code__.co_freevars)
