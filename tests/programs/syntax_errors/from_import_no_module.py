# "from import x" with no module is a SyntaxError (fuzz finding: it was a parser panic).
from import Callable
