x: int = 1
y: list[int]
(z): int = 3
a.b: str = "s"
a[0]: float = 1.5
