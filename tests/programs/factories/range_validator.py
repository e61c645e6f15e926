# A validator factory: the bounds live in cells, the check uses a chained comparison.
def make_range_validator(low, high):
    def validate(value):
        if not (low <= value <= high):
            raise ValueError(f"{value} is outside [{low}, {high}]")
        return value
    return validate

valid_age = make_range_validator(0, 150)
valid_ratio = make_range_validator(0.0, 1.0)
print(valid_age(25), valid_ratio(0.75))
for bad in (200, -1):
    try:
        valid_age(bad)
    except ValueError as e:
        print(e)
percent = lambda x: x * 0.01
print(valid_ratio(percent(75)))
