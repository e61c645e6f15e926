# list(), sum(), min() and max() consume generator expressions.
nums = [4, -2, 7, 0, -5]
print(list(n * n for n in nums if n))
print(sum(abs(n) for n in nums))
print(min(n for n in nums), max(n for n in nums))
print(all(n > -10 for n in nums), any(n > 10 for n in nums))
print(sorted((n for n in nums), key=lambda n: abs(n)))
