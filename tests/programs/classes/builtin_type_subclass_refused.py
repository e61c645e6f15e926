# Subclassing a builtin type other than object and the exceptions is refused clearly (its instances would lack the type's behaviour).
class MyInt(int):
    pass
