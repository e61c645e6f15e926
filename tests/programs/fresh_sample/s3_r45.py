# int parsing and formatting round trips
for s in ["0b101", "0o17", "0xff", "1_000", "-42"]:
    print(s, int(s, 0), format(int(s, 0), "#x"), f"{int(s, 0):,}")
try:
    int("08", 0)
except ValueError as e:
    print(e)
