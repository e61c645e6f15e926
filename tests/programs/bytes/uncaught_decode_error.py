# an uncaught UnicodeDecodeError: exit 1, traceback and CPython's message
data = 'café'.encode('utf-8')
print(data, len(data))
print(data[:4].decode('utf-8'))
