# seeds/000_27bc754d294148a3.txt, 39.28 Closures and Memory Retention: a 100 MB bytearray stays alive in read's cell as long as reader does.
import sys

def make_reader():
    data = bytearray(100_000_000)

    def read():
        return data[0]

    return read

reader = make_reader()
print(reader())
cell = reader.__closure__[0]
print(type(cell.cell_contents).__name__, len(cell.cell_contents), sys.getsizeof(cell.cell_contents))
del cell
del reader
print('reader' in globals())
