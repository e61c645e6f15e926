# seeds/002_2fc762ed25bdb8ee.txt, Practice Intermediate solution: default-argument fix, then a factory-built dispatch table and route().
from functools import partial
methods = ["GET", "POST", "PUT", "DELETE"]
# --- Fix 1: default argument capture ---
handlers_v1 = []
for method in methods:
    def handler(path, method=method): # method=method snapshots value
        print(f"[v1] Handling {method} {path}")
    handlers_v1.append(handler)
for h in handlers_v1:
    h("/api/users")
# [v1] Handling GET /api/users
# [v1] Handling POST /api/users
# [v1] Handling PUT /api/users
# [v1] Handling DELETE /api/users
print()
# --- Fix 2: factory function (cleanest approach) ---
def make_handler(method):
    def handler(path):
        print(f"[v2] Handling {method} {path}")
    return handler
# Build a dispatch table
dispatch = {method: make_handler(method) for method in methods}
def route(method, path):
    if method in dispatch:
        dispatch[method](path)
    else:
        print(f"405 Method Not Allowed: {method}")
route("GET", "/api/users") # [v2] Handling GET /api/users
route("POST", "/api/orders") # [v2] Handling POST /api/orders
route("DELETE", "/api/items/5") # [v2] Handling DELETE /api/items/5
route("PATCH", "/api/users/1") # 405 Method Not Allowed: PATCH
