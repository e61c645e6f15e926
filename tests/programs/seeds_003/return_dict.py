# seeds/003_4cacf86aecec5050.txt, Let's return a dictionary instead!: the same dict is passed around and mutated (ids compared instead of printed).
def create_dict():
    data = {'value': 10}
    print(f"Inside function: id(data) recorded")
    return data, id(data)

my_dict, inside_id = create_dict()
print(f"Outside function: same id? {id(my_dict) == inside_id}")

def modify_dict(d):
    d['value'] = 20
    print(f"Inside modify_dict: same id? {id(d) == inside_id}")
    return d

modified_dict = modify_dict(my_dict)
print(f"After modification: same id? {id(modified_dict) == inside_id}")
print(f"Original dict: {my_dict}")
print(f"Are they the same object? {my_dict is modified_dict}")
