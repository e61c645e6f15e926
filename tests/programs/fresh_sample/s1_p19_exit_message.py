# raise SystemExit with a message inside try/finally
def run():
    try:
        raise SystemExit("fatal: no input")
    finally:
        print("cleanup")
run()
print("not reached")
