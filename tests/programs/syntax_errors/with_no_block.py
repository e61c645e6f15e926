with m():
pass
