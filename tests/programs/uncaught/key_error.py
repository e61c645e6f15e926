# A missing dict key.
ages = {"ada": 36, "alan": 41}
print(ages["ada"])
print(ages.get("grace"))
print(ages["grace"])
