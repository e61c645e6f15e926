# Deep value stacks: long displays, many arguments, nested calls inside
# loops and handlers, big unpacking. The VM reserves each frame's stack
# from a bound the compiler computes; these push close to it.
def add(*xs):
    return sum(xs)

big = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19,
       20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37,
       38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55]
print(len(big), sum(big))
print(add(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
          add(1, 2, add(3, 4, add(5, 6, add(7, 8, add(9, 10))))), *big, *big))
(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, b0, b1, b2, b3, b4, b5, b6, b7, b8, b9,
 *rest, z) = range(100)
print(a0, a9, b9, len(rest), z)
first, *middle, last = big
print(first, len(middle), last)

def nested(n):
    total = 0
    for i in range(n):
        for j in range(3):
            try:
                try:
                    total += [i, j, [i * j, (i, j, {i: j, j: i})]][2][1][2][i]
                except KeyError:
                    total += add(i, j, *[k for k in range(j)], **{}) * 10
            finally:
                total += 1
    return total

print(nested(50))
print({k: [v, (v, [v, {v}])] for k, v in zip('abcdef', range(6))})
print(f"{1}{2}{3}{4}{5}{6}{7}{8}{9}{10}{11}{12}{13}{14}{15}{16}{17}{18}{19}{20}")
def chain(x):
    return (x + (x + (x + (x + (x + (x + (x + (x + (x + (x + 1))))))))))
print(chain(1), [chain(i) for i in range(5)])
try:
    add(1, 2, *[3, 4], **{'x': 1})
except TypeError as e:
    print(e)
