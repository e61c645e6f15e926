# A required keyword-only argument left out.
def connect(host, *, port):
    return f"{host}:{port}"

print(connect("localhost", port=80))
connect("localhost")
