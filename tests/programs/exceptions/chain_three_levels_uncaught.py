# Three exceptions chained: a cause, then one raised during handling.
def load():
    try:
        {}["x"]
    except KeyError as e:
        raise ValueError("bad value") from e

def run():
    try:
        load()
    except ValueError:
        undefined_name

run()
