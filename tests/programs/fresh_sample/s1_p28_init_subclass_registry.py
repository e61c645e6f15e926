# plugin registry with __init_subclass__
class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry[name or cls.__name__.lower()] = cls
class Csv(Plugin, name="csv"):
    pass
class Json(Plugin):
    pass
print(sorted(Plugin.registry), Plugin.registry["csv"].__name__)
