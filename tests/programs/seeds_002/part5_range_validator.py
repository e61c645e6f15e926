# seeds/002_2fc762ed25bdb8ee.txt, Part 5 Range Validator Factory: validators capture min_val/max_val; out-of-range raises ValueError.
def make_range_validator(min_val, max_val):
    """Return a validator for values in [min_val, max_val]."""
    def validate(value):
        if not (min_val <= value <= max_val):
            raise ValueError(
                f"Value {value} is outside [{min_val}, {max_val}]"
            )
        return value
    return validate
validate_age = make_range_validator(0, 150)
validate_percentage = make_range_validator(0.0, 1.0)
validate_port = make_range_validator(1, 65535)
print(validate_age(25)) # 25
print(validate_percentage(0.75)) # 0.75
print(validate_port(8080)) # 8080
try:
    validate_age(200)
except ValueError as e:
    print(e) # Value 200 is outside [0, 150]
