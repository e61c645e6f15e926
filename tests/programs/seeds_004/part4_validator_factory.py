# seeds/004_d0a714c7296f60be.txt, Part 4 Factory Functions: make_validator's validate captures bounds and name; __name__ is reassigned.
def make_validator(min_val: float, max_val: float, name: str = "value"):
    """Creates a validator function for a specific range."""
    def validate(x: float) -> float:
        if not (min_val <= x <= max_val):
            raise ValueError(
                f"{name} must be between {min_val} and {max_val}, got {x}"
            )
        return x
    validate.__name__ = f"validate_{name}"
    return validate


validate_age = make_validator(0, 150, "age")
validate_score = make_validator(0.0, 100.0, "score")
validate_temp = make_validator(-273.15, 1e10, "temperature_celsius")

print(validate_age(25)) # 25
print(validate_score(98.5)) # 98.5

try:
    validate_age(200)
except ValueError as e:
    print(e) # age must be between 0 and 150, got 200

print(validate_temp.__name__, validate_temp.__qualname__)
try:
    validate_temp(-300)
except ValueError as e:
    print(e)
