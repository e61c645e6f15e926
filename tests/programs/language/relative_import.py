# A script has no package: a relative import is CPython's ImportError.
import dis
dis.dis(compile("from . import x\nfrom ..pkg.mod import y as z", "<s>", "exec"))
for src in ["from . import x", "from .m import y", "from .. import *"]:
    try:
        exec(src)
    except ImportError as e:
        print(type(e).__name__, e)
from . import sibling
