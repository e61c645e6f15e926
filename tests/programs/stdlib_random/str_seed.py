# str seeds (version 2: the text plus its SHA-512 digest) give CPython's sequence
import random

for text in ["hello", "", "a longer seed with spaces and ünïcödé", "x" * 200]:
    random.seed(text)
    print(repr(text[:10]), random.random(), random.randint(0, 1000))
r = random.Random("same")
s = random.Random("same")
print(r.random() == s.random(), r.sample(range(50), 4), s.sample(range(50), 4))
