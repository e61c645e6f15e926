# Caret lines under a subscript inside a larger expression.
def first_letters(words, index):
    return [w[0] for w in words] + [words[index][0]]

def main():
    data = ["alpha", "beta"]
    print(first_letters(data, 1))
    result = first_letters(data, 5) + ["end"]
    print(result)

main()
