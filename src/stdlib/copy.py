"""Generic (shallow and deep) copying operations.

cellar's copy, after CPython's: copy(x) and deepcopy(x, memo) with the
__copy__ / __deepcopy__ hooks, __reduce_ex__ / __reduce__ when a class
defines them, and otherwise the reduction CPython's object.__reduce_ex__
makes (a new instance from cls.__new__, its __dict__, and the items of a
list or dict it derives from). Functions, classes and other atomic values
are never copied: a deep copy of a closure is the same closure, with the
same cells.
"""


class Error(Exception):
    pass


error = Error

__all__ = ["Error", "copy", "deepcopy"]


def _type_of(name):
    return type(_SAMPLES[name])


def _sample_function():
    pass


_SAMPLES = {
    "function": _sample_function,
    "builtin": len,
    "range": range(0),
    "slice": slice(0),
    "ellipsis": ...,
    "notimplemented": NotImplemented,
    "code": _sample_function.__code__,
}

_ATOMIC = (type(None), int, float, complex, bool, str, type, property) + tuple(
    _type_of(name) for name in _SAMPLES
)

_UNCOPYABLE = {"cell", "generator", "module", "frame", "super"}


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _ATOMIC or cls is tuple:
        return x
    if cls is list or cls is dict or cls is set:
        return x.copy()
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC:
        y = x
    elif cls is list:
        y = _deepcopy_list(x, memo)
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    elif cls is dict:
        y = _deepcopy_dict(x, memo)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x)
            y = x if isinstance(rv, str) else _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _keep_alive(x, memo):
    """Keeps x alive as long as the memo (CPython does, so ids stay unique)."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reduce(x):
    """What CPython's pickling protocol gives for x: the class's own
    __reduce_ex__ / __reduce__, else object.__reduce_ex__(4)'s answer."""
    cls = type(x)
    reductor = getattr(cls, "__reduce_ex__", None)
    if reductor is not None:
        return reductor(x, 4)
    reductor = getattr(cls, "__reduce__", None)
    if reductor is not None:
        return reductor(x)
    if cls is set:
        return (set, (list(x),), None)
    if isinstance(x, BaseException):
        return (cls, x.args, dict(x.__dict__) or None)
    if cls.__name__ in _UNCOPYABLE or not _has_state(x, cls):
        raise TypeError(f"cannot pickle '{cls.__name__}' object")
    return _object_reduce(x, cls)


def _object_reduce(x, cls):
    """copyreg.__reduce_ex__ for protocol 2+: cls.__new__(cls, *args), the
    state (__getstate__ or a copy of __dict__), list and dict items."""
    args = ()
    if isinstance(x, tuple):
        getnewargs = getattr(x, "__getnewargs__", None)
        args = getnewargs() if getnewargs is not None else (tuple(x),)
    getstate = getattr(x, "__getstate__", None)
    if getstate is not None:
        state = getstate()
    else:
        state = _object_state(x, cls)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return (_newobj, (cls,) + tuple(args), state, listitems, dictitems)


def _has_state(x, cls):
    """Whether x is an instance copyreg can rebuild: a __dict__, slots, or
    a list, dict or tuple it is."""
    return (
        hasattr(x, "__dict__")
        or isinstance(x, (list, dict, tuple))
        or any("__slots__" in c.__dict__ for c in cls.__mro__)
    )


def _object_state(x, cls):
    """object.__getstate__: a copy of __dict__ (None when empty), paired
    with the set slots' values when the class has __slots__."""
    state = (dict(x.__dict__) or None) if hasattr(x, "__dict__") else None
    slots = {}
    for c in cls.__mro__:
        names = c.__dict__.get("__slots__", ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                name = "_" + c.__name__.lstrip("_") + name
            if hasattr(x, name):
                slots[name] = getattr(x, name)
    return (state, slots) if slots else state


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y
