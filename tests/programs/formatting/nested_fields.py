# Nested replacement fields: the width and precision come from variables.
x = 3.14159
for w in (6, 10):
    print(f"[{x:{w}}] [{x:{w}.2f}] [{'ab':>{w}}]")
for p in range(4):
    print(f"{x:.{p}f}")
align, width, fill = "^", 9, "-"
print(f"[{'mid':{fill}{align}{width}}]")
spec = ">7.1f"
print(f"[{x:{spec}}]")
print("[{:{}}] [{:{w}.{p}f}]".format("k", 4, x, w=8, p=3))
