# format() and f-strings call __format__ of instances
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        return f'${self.cents / 100:{spec or ".2f"}}'
m = Money(12345)
print(format(m), format(m, '.1f'), f'{m}', f'{m:10.3f}', '{:.0f}'.format(m), '{0}'.format(m))
class Bad:
    def __format__(self, spec):
        return 42
try:
    format(Bad())
except TypeError as e:
    print(type(e).__name__, e)
