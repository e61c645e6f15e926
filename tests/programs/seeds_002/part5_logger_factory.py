# seeds/002_2fc762ed25bdb8ee.txt, Part 5 Configuration-Bound Logger Factory: loggers capture prefix and level (the clock-dependent timestamp is replaced by a boolean check of its shape).
import datetime
def make_logger(prefix, level="INFO"):
    """Return a logging function bound to a prefix and level."""
    def log(message):
        ts = datetime.datetime.now().strftime("%H:%M:%S")
        print(f"[{len(ts) == 8}] [{level}] [{prefix}] {message}")
    return log
db_log = make_logger("DATABASE")
api_log = make_logger("API", level="DEBUG")
db_log("Connection established")
# [14:23:01] [INFO] [DATABASE] Connection established
api_log("Request received: GET /users")
# [14:23:01] [DEBUG] [API] Request received: GET /users
