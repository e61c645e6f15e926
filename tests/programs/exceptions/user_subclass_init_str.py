# A user exception with a custom __init__ and __str__.
class ValidationError(ValueError):
    def __init__(self, field, value):
        super().__init__(field, value)
        self.field = field
        self.value = value

    def __str__(self):
        return f"bad {self.field}: {self.value!r}"

class AgeError(ValidationError):
    pass

try:
    raise AgeError("age", -1)
except ValueError as e:
    print(e)
    print(repr(e), e.args)
    print(isinstance(e, ValidationError), e.field)
print(ValidationError.__init__.__code__.co_freevars)
raise ValidationError("name", "")
