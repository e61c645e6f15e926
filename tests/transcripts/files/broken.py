def inner():
    return missing

loaded_before_error = True
inner()
