# Width, alignment and fill for strings and numbers.
x = "ab"
n = 42
print(f"[{x:>8}] [{x:<8}] [{x:^8}] [{x:*^9}] [{x:8}]")
print(f"[{n:>8}] [{n:<8}] [{n:^8}] [{n:8}] [{n:=+8}] [{-n:=8}]")
print(f"[{n:+}] [{-n:+}] [{n: }] [{3.5:>8}] [{-3.5:<8}]")
for word, count in [("apple", 3), ("kiwi", 12), ("banana", 100)]:
    print(f"{word:<8}{count:>5}")
print(f"[{'':>3}] [{x:.1}] [{'hello':>8.3}]")
