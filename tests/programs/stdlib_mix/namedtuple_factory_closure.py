# a closure-made record factory returning namedtuples, with validation through the enclosing scope
from collections import namedtuple

def record_type(name, fields, **checks):
    Rec = namedtuple(name, fields)
    def make(*values):
        rec = Rec(*values)
        for field, check in checks.items():
            if not check(getattr(rec, field)):
                raise ValueError(f"bad {field}: {getattr(rec, field)!r}")
        return rec
    return make

person = record_type("Person", "name age", age=lambda a: 0 <= a < 150)
print(person("ann", 30), person("bo", 2)._asdict())
try:
    person("old", 200)
except ValueError as e:
    print(e)
print(person.__code__.co_freevars, type(person("c", 1)).__name__)
