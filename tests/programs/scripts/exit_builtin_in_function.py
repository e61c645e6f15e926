# exit(n) works in script mode too, from inside a function, after finally blocks run.
def main():
    try:
        print("in main")
        exit(5)
    finally:
        print("finally runs")


main()
