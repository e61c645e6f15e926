café = "naïve"
π = 3.14
s = f"{café!r} → {π:.1f}"
