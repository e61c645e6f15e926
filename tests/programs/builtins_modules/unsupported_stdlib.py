# A standard module cellar lacks is named as unsupported (not a bare "No module named"); an unknown name is not found.
for name in ["csv", "json", "os.path", "xml.dom", "no_such_module_anywhere"]:
    try:
        if name == "csv":
            import csv
        elif name == "json":
            from json import dumps
        elif name == "os.path":
            import os.path
        elif name == "xml.dom":
            import xml.dom
        else:
            import no_such_module_anywhere
    except ImportError as e:
        print(type(e).__name__, e)
