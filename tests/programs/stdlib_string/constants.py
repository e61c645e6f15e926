# string constants and capwords
import string

print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable), repr(string.printable[-6:]))
print(string.capwords("  hello   big world "), string.capwords("a-b-c", "-"), string.capwords(""))
def only(allowed):
    def check(text):
        return all(ch in allowed for ch in text)
    return check
is_hex = only(string.hexdigits)
is_word = only(string.ascii_letters + "_")
print(is_hex("ff00"), is_hex("fg"), is_word("snake_case"), is_word("no space"))
shift = {c: string.ascii_lowercase[(i + 3) % 26] for i, c in enumerate(string.ascii_lowercase)}
print("".join(shift.get(c, c) for c in "hello, world"))
