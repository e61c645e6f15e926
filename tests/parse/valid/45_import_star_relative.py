from math import *
from . import sibling
from .. import a, b as c
from .pkg.mod import (x,
    y)
from ...deep import *
