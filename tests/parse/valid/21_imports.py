import functools
import math as m
import os.path
from functools import wraps, partial
from functools import (reduce,
                       lru_cache as cache)
from typing import (List, Dict,)
