# A group wider than 15 members or nested deeper than 10 levels prints cut short.
deep = ValueError("bottom")
for level in range(12):
    deep = ExceptionGroup(f"level {level}", [deep])
wide = ExceptionGroup("wide", [KeyError(i) for i in range(17)] + [deep])
raise wide
