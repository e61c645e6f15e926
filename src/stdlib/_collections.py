"""High performance data structures (CPython's C module _collections).

cellar's deque, defaultdict and OrderedDict, written in Python; as C code
in CPython, their frames stay out of tracebacks and their classes are
static types.
"""

from operator import itemgetter as _itemgetter

_MISSING = object()

# methods call super through this name: a method naming `super` gets a
# __class__ cell, which would show among the learner's cells
_super = super


class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory"""

    __module__ = "collections"
    __slots__ = ("default_factory",)

    def __init__(self, *args, **kwargs):
        factory = args[0] if args else None
        if factory is not None and not callable(factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = factory
        _super(defaultdict, self).__init__(*args[1:], **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = repr(self.default_factory)
        return f"{type(self).__name__}({factory}, {dict(self)!r})"

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


def _dict_equal(a, b):
    """Equal as dicts: the same keys, equal values, any order."""
    if len(a) != len(b):
        return False
    for key, value in a.items():
        if key not in b:
            return False
        other = b[key]
        if not (value is other or value == other):
            return False
    return True


class OrderedDict(dict):
    """Dictionary that remembers insertion order"""

    __module__ = "collections"

    def __repr__(self):
        if not self:
            return f"{type(self).__name__}()"
        return f"{type(self).__name__}({list(_super(OrderedDict, self).items())!r})"

    def __eq__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        if not _dict_equal(self, other):
            return False
        if isinstance(other, OrderedDict):
            return list(self) == list(other)
        return True

    def __reversed__(self):
        return reversed(list(self))

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        keys = list(self)
        key = keys[-1] if last else keys[0]
        return (key, self.pop(key))

    def move_to_end(self, key, last=True):
        if key not in self:
            raise KeyError(key)
        value = self.pop(key)
        if last:
            self[key] = value
            return
        rest = list(_super(OrderedDict, self).items())
        self.clear()
        self[key] = value
        self.update(rest)

    def keys(self):
        return odict_keys(self)

    def values(self):
        return odict_values(self)

    def items(self):
        return odict_items(self)

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


class _OrderedView:
    """A live view of an OrderedDict: odict_keys(['a', 'b'])."""

    __module__ = "collections"

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f"{type(self).__name__}({list(self)!r})"

    def __reversed__(self):
        return reversed(list(self))


class odict_keys(_OrderedView):
    def __iter__(self):
        return iter(self._mapping)

    def __contains__(self, key):
        return key in self._mapping


class odict_values(_OrderedView):
    def __iter__(self):
        mapping = self._mapping
        return iter([mapping[key] for key in mapping])


class odict_items(_OrderedView):
    def __iter__(self):
        mapping = self._mapping
        return iter([(key, mapping[key]) for key in mapping])

    def __contains__(self, item):
        key, value = item
        return key in self._mapping and self._mapping[key] == value


def _set_maxlen(self, value):
    raise AttributeError(
        "attribute 'maxlen' of 'collections.deque' objects is not writable"
    )


class deque:
    """A list-like sequence optimized for data accesses near its endpoints."""

    __module__ = "collections"
    __slots__ = ("_items", "_maxlen", "_state")

    def __init__(self, *args, **kwargs):
        iterable, maxlen = _deque_arguments(args, kwargs)
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        object.__setattr__(self, "_maxlen", maxlen)
        object.__setattr__(self, "_items", [])
        object.__setattr__(self, "_state", 0)
        if iterable is not _MISSING:
            self.extend(iterable)

    def _get_maxlen(self):
        return self._maxlen

    maxlen = property(_get_maxlen)
    del _get_maxlen

    def __reduce__(self):
        args = () if self._maxlen is None else ((), self._maxlen)
        return (type(self), args, None, iter(self._items))

    def __setattr__(self, name, value):
        if name == "maxlen":
            _set_maxlen(self, value)
        raise AttributeError(f"'collections.deque' object has no attribute '{name}'")

    def _changed(self):
        object.__setattr__(self, "_state", self._state + 1)

    def append(self, x):
        self._items.append(x)
        if self._maxlen is not None and len(self._items) > self._maxlen:
            del self._items[0]
        self._changed()

    def appendleft(self, x):
        self._items.insert(0, x)
        if self._maxlen is not None and len(self._items) > self._maxlen:
            self._items.pop()
        self._changed()

    def pop(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        self._changed()
        return self._items.pop()

    def popleft(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        self._changed()
        return self._items.pop(0)

    def extend(self, iterable):
        items = list(iterable) if iterable is self else iterable
        for x in items:
            self.append(x)

    def extendleft(self, iterable):
        items = list(iterable) if iterable is self else iterable
        for x in items:
            self.appendleft(x)

    def clear(self):
        self._items.clear()
        self._changed()

    def copy(self):
        return deque(self._items, self._maxlen)

    __copy__ = copy

    def count(self, x):
        return self._items.count(x)

    def index(self, x, start=0, stop=9223372036854775807):
        n = len(self._items)
        start = max(start + n, 0) if start < 0 else min(start, n)
        stop = max(stop + n, 0) if stop < 0 else min(stop, n)
        for i in range(start, stop):
            item = self._items[i]
            if item is x or item == x:
                return i
        raise ValueError(f"{x!r} is not in deque")

    def insert(self, i, x):
        if self._maxlen is not None and len(self._items) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        self._items.insert(i, x)
        self._changed()

    def remove(self, value):
        for i, item in enumerate(self._items):
            if item is value or item == value:
                del self._items[i]
                self._changed()
                return
        raise ValueError(f"{value!r} is not in deque")

    def reverse(self):
        self._items.reverse()
        self._changed()

    def rotate(self, n=1):
        items = self._items
        if len(items) > 1:
            n = n % len(items)
            items[:] = items[-n:] + items[:-n]
        self._changed()

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def __iter__(self):
        return _deque_iterator(self, False)

    def __reversed__(self):
        return _deque_iterator(self, True)

    def __contains__(self, x):
        return x in self._items

    def _position(self, i):
        if not isinstance(i, int):
            raise TypeError(f"sequence index must be integer, not '{type(i).__name__}'")
        n = len(self._items)
        j = i + n if i < 0 else i
        if not 0 <= j < n:
            raise IndexError("deque index out of range")
        return j

    def __getitem__(self, i):
        return self._items[self._position(i)]

    def __setitem__(self, i, x):
        self._items[self._position(i)] = x

    def __delitem__(self, i):
        del self._items[self._position(i)]
        self._changed()

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items == other._items

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items >= other._items

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(
                f'can only concatenate deque (not "{type(other).__name__}") to deque'
            )
        new = deque(self._items, self._maxlen)
        new.extend(other._items)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        return deque(self._items * n, self._maxlen)

    __rmul__ = __mul__

    def __imul__(self, n):
        items = self._items * n
        self.clear()
        self.extend(items)
        return self

    def __repr__(self):
        items = repr(self._items)
        if self._maxlen is None:
            return f"{type(self).__name__}({items})"
        return f"{type(self).__name__}({items}, maxlen={self._maxlen})"


def _deque_arguments(args, kwargs):
    """deque([iterable[, maxlen]]) with C's messages."""
    given = len(args) + len(kwargs)
    if given > 2:
        raise TypeError(f"deque() takes at most 2 arguments ({given} given)")
    values = list(args) + [_MISSING] * (2 - len(args))
    for key in kwargs:
        if key not in ("iterable", "maxlen"):
            raise TypeError(f"deque() got an unexpected keyword argument '{key}'")
        values[0 if key == "iterable" else 1] = kwargs[key]
    maxlen = None if values[1] is _MISSING else values[1]
    return values[0], maxlen


class _deque_iterator:
    """Iterates a deque, forwards or backwards; refuses a deque that
    changed size under it."""

    def __init__(self, d, backwards):
        self._deque = d
        self._state = d._state
        self._i = 0
        self._backwards = backwards

    def __iter__(self):
        return self

    def __next__(self):
        d = self._deque
        if d._state != self._state:
            raise RuntimeError("deque mutated during iteration")
        if self._i >= len(d._items):
            raise StopIteration
        self._i += 1
        return d._items[-self._i] if self._backwards else d._items[self._i - 1]


def _cant_set(self, value):
    raise AttributeError("can't set attribute")


def _cant_delete(self):
    raise AttributeError("can't delete attribute")


def _tuplegetter(index, doc):
    """The field accessor of a namedtuple class: item `index`, read-only."""
    return property(_itemgetter(index), _cant_set, _cant_delete, doc)
