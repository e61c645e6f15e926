# __iadd__ returning None rebinds to None
class Bad:
    def __iadd__(self, o): pass
b = Bad()
b += 1
print(b)
