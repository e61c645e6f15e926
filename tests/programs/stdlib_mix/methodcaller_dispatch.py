# methodcaller and attrgetter tables built in a loop (no late-binding trap: they hold values, not cells)
from operator import methodcaller, attrgetter

actions = {name: methodcaller(name) for name in ["upper", "title", "strip"]}
print({k: f("  hello world ") for k, f in actions.items()})
funcs = [lambda s: getattr(s, name)() for name in ["upper", "lower"]]
print([f("MiXed") for f in funcs])
print(actions["upper"], attrgetter("__class__.__name__")(1.5))
