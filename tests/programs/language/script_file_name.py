# A script runs under its absolute path, as in CPython 3.11: `__file__`,
# code objects and tracebacks all name it so (the test harness writes the
# repository's root as a relative path on both sides).
def where():
    return where.__code__.co_filename == __file__


print(__file__.endswith("script_file_name.py"), where())
print(__name__)
1 / 0
