# seeds/002_2fc762ed25bdb8ee.txt, Practice Intermediate (broken version): every handler made in the loop prints DELETE.
# Broken version - all handlers print "DELETE"
methods = ["GET", "POST", "PUT", "DELETE"]
handlers = []
for method in methods:
    def handler(path):
        print(f"Handling {method} {path}")
    handlers.append(handler)
for h in handlers:
    h("/api/users")
