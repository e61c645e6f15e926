# list.sort: key, reverse, stability, errors, mutation during sort
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date']
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
pairs.sort(key=lambda p: p[0])
print(pairs)
pairs.sort(reverse=True)
print(pairs)
nums = [3, -1, 2.5, True, 0]
nums.sort()
print(nums, sorted(nums, reverse=True), sorted('hello'), sorted({3: 1, 1: 2}))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: [1, 'a'].sort())
t(lambda: [].sort(1))
t(lambda: [].sort(cmp=1))
bad = [3, 2, 1]
def key(x):
    bad.append(x)
    return x
t(lambda: bad.sort(key=key))
print(bad)
