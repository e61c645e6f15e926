# closures building character filters from string constants
import string

def keep(*groups):
    allowed = set("".join(groups))
    def clean(text):
        return "".join(ch for ch in text if ch in allowed)
    return clean

digits_only = keep(string.digits)
word_chars = keep(string.ascii_letters, string.digits, "_")
print(digits_only("tel: +1 (555) 010"), word_chars("snake-case name!"), string.capwords("the end"))
print(len(digits_only.__closure__[0].cell_contents), sorted(digits_only.__closure__[0].cell_contents)[:3])
