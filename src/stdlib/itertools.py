"""Functional tools for creating and using iterators.

cellar's itertools: each iterator is a class with __next__, so reprs,
type() and error messages are CPython's; being C code there, its frames
stay out of tracebacks here too.
"""

_MISSING = object()


def _unpack(name, args, kwargs, lo, hi):
    """The positional arguments of a C function that takes no keywords."""
    if kwargs:
        raise TypeError(f"{name}() takes no keyword arguments")
    n = len(args)
    if lo <= n <= hi:
        return args
    if lo == hi:
        bound = lo
    elif n < lo:
        bound = "at least " + str(lo)
    else:
        bound = "at most " + str(hi)
    word = "argument" if (lo if n < lo else hi) == 1 else "arguments"
    raise TypeError(f"{name} expected {bound} {word}, got {n}")


def _parse(name, args, kwargs, names, required, positional=None):
    """Arguments by position or keyword, with the messages of C parsers."""
    if positional is not None and len(args) > positional:
        raise TypeError(
            f"{name}() takes at most {positional} positional arguments ({len(args)} given)"
        )
    given = len(args) + len(kwargs)
    if given > len(names):
        word = "argument" if len(names) == 1 else "arguments"
        raise TypeError(f"{name}() takes at most {len(names)} {word} ({given} given)")
    values = list(args) + [_MISSING] * (len(names) - len(args))
    for key in kwargs:
        if key not in names:
            raise TypeError(f"'{key}' is an invalid keyword argument for {name}()")
        i = names.index(key)
        if i < len(args):
            raise TypeError(
                f"argument for {name}() given by name ('{key}') and position ({i + 1})"
            )
        values[i] = kwargs[key]
    for i in range(required):
        if values[i] is _MISSING:
            raise TypeError(f"{name}() missing required argument '{names[i]}' (pos {i + 1})")
    return values


def _index(value):
    """An int argument: ints and bools; anything else is a TypeError."""
    if isinstance(value, int):
        return int(value)
    raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")


def _is_number(value):
    return isinstance(value, (int, float, complex))


def _same(a, b):
    return a is b or a == b


class count:
    """count(start=0, step=1): start, start+step, start+2*step, ..."""

    __slots__ = ('_n', '_step')

    def __init__(self, *args, **kwargs):
        start, step = _parse("count", args, kwargs, ("start", "step"), 0)
        start = 0 if start is _MISSING else start
        step = 1 if step is _MISSING else step
        if not _is_number(start) or not _is_number(step):
            raise TypeError("a number is required")
        if isinstance(start, int) and isinstance(step, int):
            start, step = int(start), int(step)
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return f"count({self._n!r})"
        return f"count({self._n!r}, {step!r})"


class cycle:
    """cycle(iterable): its items, then the same items again, forever."""

    __slots__ = ('_i', '_it', '_saved')

    def __init__(self, *args, **kwargs):
        (iterable,) = _unpack("cycle", args, kwargs, 1, 1)
        self._it = iter(iterable)
        self._saved = []
        self._i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is not None:
            try:
                item = next(self._it)
            except StopIteration:
                self._it = None
            else:
                self._saved.append(item)
                return item
        if not self._saved:
            raise StopIteration
        item = self._saved[self._i]
        self._i = (self._i + 1) % len(self._saved)
        return item


class repeat:
    """repeat(object [,times]): object, times times or forever."""

    __slots__ = ('_left', '_obj')

    def __init__(self, *args, **kwargs):
        obj, times = _parse("repeat", args, kwargs, ("object", "times"), 1)
        self._obj = obj
        self._left = None if times is _MISSING else max(_index(times), 0)

    def __iter__(self):
        return self

    def __next__(self):
        if self._left is None:
            return self._obj
        if self._left == 0:
            raise StopIteration
        self._left -= 1
        return self._obj

    def __length_hint__(self):
        if self._left is None:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        if self._left is None:
            return f"repeat({self._obj!r})"
        return f"repeat({self._obj!r}, {self._left})"


class accumulate:
    """accumulate(iterable, func=None, *, initial=None): running totals."""

    __slots__ = ('_func', '_it', '_pending', '_total')

    def __init__(self, *args, **kwargs):
        iterable, func, initial = _parse(
            "accumulate", args, kwargs, ("iterable", "func", "initial"), 1, 2
        )
        self._it = iter(iterable)
        self._func = None if func is _MISSING else func
        self._pending = None if initial is _MISSING else initial
        self._total = _MISSING

    def __iter__(self):
        return self

    def __next__(self):
        if self._pending is not None:
            self._total, self._pending = self._pending, None
            return self._total
        value = next(self._it)
        if self._total is _MISSING:
            self._total = value
        elif self._func is None:
            self._total = self._total + value
        else:
            self._total = self._func(self._total, value)
        return self._total


class chain:
    """chain(*iterables): the items of the first iterable, then the next..."""

    __slots__ = ('_active', '_source')

    def __init__(self, *iterables, **kwargs):
        _unpack("chain", iterables, kwargs, 0, len(iterables))
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        made = cls()
        made._source = iter(iterable)
        return made

    def __iter__(self):
        return self

    def __next__(self):
        while self._source is not None:
            if self._active is None:
                try:
                    self._active = iter(next(self._source))
                except StopIteration:
                    self._source = None
                    break
            try:
                return next(self._active)
            except StopIteration:
                self._active = None
        raise StopIteration


def _islice_arg(value, what):
    if value is None:
        return None
    if isinstance(value, int) and 0 <= value <= 9223372036854775807:
        return int(value)
    raise ValueError(
        f"{what} for islice() must be None or an integer: 0 <= x <= sys.maxsize."
    )


class islice:
    """islice(iterable, stop) or islice(iterable, start, stop[, step])."""

    __slots__ = ('_it', '_next', '_seen', '_step', '_stop')

    def __init__(self, *args, **kwargs):
        _unpack("islice", args, kwargs, 2, 4)
        if len(args) == 2:
            start, stop, step = None, args[1], None
        else:
            start, stop = args[1], args[2]
            step = args[3] if len(args) == 4 else None
        self._stop = _islice_arg(stop, "Stop argument")
        start = _islice_arg(start, "Indices")
        if step is not None and not (isinstance(step, int) and step >= 1):
            raise ValueError("Step for islice() must be a positive integer or None.")
        self._next = 0 if start is None else start
        self._step = 1 if step is None else int(step)
        self._it = iter(args[0])
        self._seen = 0

    def __iter__(self):
        return self

    def _pull(self):
        try:
            item = next(self._it)
        except StopIteration:
            self._it = None
            raise
        self._seen += 1
        return item

    def __next__(self):
        if self._it is None:
            raise StopIteration
        while self._seen < self._next:
            self._pull()
        if self._stop is not None and self._seen >= self._stop:
            self._it = None
            raise StopIteration
        item = self._pull()
        self._next += self._step
        if self._stop is not None and self._next > self._stop:
            self._next = self._stop
        return item


class product:
    """product(*iterables, repeat=1): the cartesian product, as tuples."""

    __slots__ = ('_done', '_indices', '_pools')

    def __init__(self, *iterables, **kwargs):
        repeat = 1
        for key in kwargs:
            if key != "repeat":
                raise TypeError(f"'{key}' is an invalid keyword argument for product()")
            repeat = _index(kwargs[key])
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        pools = [tuple(it) for it in iterables]
        self._pools = pools * repeat
        self._indices = None
        self._done = any(len(p) == 0 for p in self._pools)

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pools = self._pools
        if self._indices is None:
            self._indices = [0] * len(pools)
        else:
            i = len(pools) - 1
            while i >= 0 and self._indices[i] == len(pools[i]) - 1:
                self._indices[i] = 0
                i -= 1
            if i < 0:
                self._done = True
                raise StopIteration
            self._indices[i] += 1
        return tuple(pool[i] for pool, i in zip(pools, self._indices))


class permutations:
    """permutations(iterable, r=None): r-length orderings of the items."""

    __slots__ = ('_cycles', '_done', '_indices', '_pool', '_r', '_started')

    def __init__(self, *args, **kwargs):
        iterable, r = _parse("permutations", args, kwargs, ("iterable", "r"), 1)
        self._pool = tuple(iterable)
        n = len(self._pool)
        if r is _MISSING or r is None:
            r = n
        elif not isinstance(r, int):
            raise TypeError("Expected int as r")
        if r < 0:
            raise ValueError("r must be non-negative")
        self._r = int(r)
        self._indices = list(range(n))
        self._cycles = list(range(n, n - self._r, -1))
        self._started = False
        self._done = self._r > n

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        if self._started:
            self._advance()
        self._started = True
        return tuple(self._pool[i] for i in self._indices[: self._r])

    def _advance(self):
        n, r = len(self._pool), self._r
        indices, cycles = self._indices, self._cycles
        for i in range(r - 1, -1, -1):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1 :] + indices[i : i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                return
        self._done = True
        raise StopIteration


class combinations:
    """combinations(iterable, r): r-length subsequences, in input order."""

    __slots__ = ('_done', '_indices', '_pool', '_r', '_started')

    def __init__(self, *args, **kwargs):
        iterable, r = _parse("combinations", args, kwargs, ("iterable", "r"), 2)
        self._pool = tuple(iterable)
        r = _index(r)
        if r < 0:
            raise ValueError("r must be non-negative")
        self._r = r
        self._indices = list(range(r))
        self._started = False
        self._done = r > len(self._pool)

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        if self._started:
            self._advance()
        self._started = True
        return tuple(self._pool[i] for i in self._indices)

    def _advance(self):
        n, r, indices = len(self._pool), self._r, self._indices
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            self._done = True
            raise StopIteration
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1


class combinations_with_replacement:
    """combinations_with_replacement(iterable, r): items may repeat."""

    __slots__ = ('_done', '_indices', '_pool', '_r', '_started')

    def __init__(self, *args, **kwargs):
        iterable, r = _parse(
            "combinations_with_replacement", args, kwargs, ("iterable", "r"), 2
        )
        self._pool = tuple(iterable)
        r = _index(r)
        if r < 0:
            raise ValueError("r must be non-negative")
        self._r = r
        self._indices = [0] * r
        self._started = False
        self._done = r > 0 and not self._pool

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        if self._started:
            self._advance()
        self._started = True
        return tuple(self._pool[i] for i in self._indices)

    def _advance(self):
        n, r, indices = len(self._pool), self._r, self._indices
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            self._done = True
            raise StopIteration
        indices[i:] = [indices[i] + 1] * (r - i)


class groupby:
    """groupby(iterable, key=None): (key, group) for runs of equal keys."""

    __slots__ = ('_currkey', '_currvalue', '_grouper', '_it', '_keyfunc', '_tgtkey')

    def __init__(self, *args, **kwargs):
        iterable, key = _parse("groupby", args, kwargs, ("iterable", "key"), 1)
        self._it = iter(iterable)
        self._keyfunc = None if key is _MISSING else key
        self._tgtkey = _MISSING
        self._currkey = _MISSING
        self._currvalue = _MISSING
        self._grouper = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        self._grouper = None
        while True:
            if self._currkey is _MISSING:
                pass
            elif self._tgtkey is _MISSING:
                break
            elif not _same(self._tgtkey, self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        self._grouper = _grouper(self, self._tgtkey)
        return (self._currkey, self._grouper)


class _grouper:
    """One group of a groupby: valid until the groupby moves on."""

    __slots__ = ('_parent', '_tgtkey')

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._grouper is not self:
            raise StopIteration
        if parent._currvalue is _MISSING:
            parent._step()
        if not _same(self._tgtkey, parent._currkey):
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = _MISSING
        parent._currkey = _MISSING
        return value


class zip_longest:
    """zip_longest(*iterables, fillvalue=None): zip up to the longest."""

    __slots__ = ('_active', '_fill', '_its')

    def __init__(self, *iterables, **kwargs):
        fill = None
        for key in kwargs:
            if key != "fillvalue":
                raise TypeError("zip_longest() got an unexpected keyword argument")
            fill = kwargs[key]
        self._its = [iter(it) for it in iterables]
        self._active = len(self._its)
        self._fill = fill

    def __iter__(self):
        return self

    def __next__(self):
        if not self._its or self._active == 0:
            raise StopIteration
        row = []
        for i, it in enumerate(self._its):
            if it is None:
                row.append(self._fill)
                continue
            try:
                row.append(next(it))
            except StopIteration:
                self._active -= 1
                if self._active == 0:
                    raise
                self._its[i] = None
                row.append(self._fill)
        return tuple(row)


class takewhile:
    """takewhile(predicate, iterable): items while the predicate holds."""

    __slots__ = ('_it', '_pred', '_stopped')

    def __init__(self, *args, **kwargs):
        predicate, iterable = _unpack("takewhile", args, kwargs, 2, 2)
        self._pred = predicate
        self._it = iter(iterable)
        self._stopped = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        item = next(self._it)
        if self._pred(item):
            return item
        self._stopped = True
        raise StopIteration


class dropwhile:
    """dropwhile(predicate, iterable): items from the first that fails it."""

    __slots__ = ('_dropping', '_it', '_pred')

    def __init__(self, *args, **kwargs):
        predicate, iterable = _unpack("dropwhile", args, kwargs, 2, 2)
        self._pred = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._it)
            if not self._dropping or not self._pred(item):
                self._dropping = False
                return item


class filterfalse:
    """filterfalse(function or None, iterable): items the function rejects."""

    __slots__ = ('_func', '_it')

    def __init__(self, *args, **kwargs):
        function, iterable = _unpack("filterfalse", args, kwargs, 2, 2)
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._it)
            ok = item if self._func is None else self._func(item)
            if not ok:
                return item


class compress:
    """compress(data, selectors): the data whose selector is true."""

    __slots__ = ('_data', '_selectors')

    def __init__(self, *args, **kwargs):
        data, selectors = _parse("compress", args, kwargs, ("data", "selectors"), 2)
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._data)
            if next(self._selectors):
                return item


class starmap:
    """starmap(function, iterable): function(*args) for each args."""

    __slots__ = ('_func', '_it')

    def __init__(self, *args, **kwargs):
        function, iterable = _unpack("starmap", args, kwargs, 2, 2)
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        if type(args) is not tuple:
            args = tuple(args)
        return self._func(*args)


class pairwise:
    """pairwise(iterable): overlapping pairs (s0, s1), (s1, s2), ..."""

    __slots__ = ('_it', '_last')

    def __init__(self, *args, **kwargs):
        (iterable,) = _unpack("pairwise", args, kwargs, 1, 1)
        self._it = iter(iterable)
        self._last = _MISSING

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is None:
            raise StopIteration
        try:
            if self._last is _MISSING:
                self._last = next(self._it)
            item = next(self._it)
        except StopIteration:
            self._it = None
            raise
        pair = (self._last, item)
        self._last = item
        return pair


class _tee:
    """One of tee()'s iterators: a position in a shared linked buffer of
    [value, next] nodes; the first to need a value pulls it."""

    __slots__ = ('_node', '_source')

    def __init__(self, iterable):
        self._source = iter(iterable)
        self._node = [None, None]

    def __iter__(self):
        return self

    def __next__(self):
        node = self._node
        if node[1] is None:
            node[1] = [next(self._source), None]
        self._node = node[1]
        return self._node[0]

    def __copy__(self):
        twin = _tee.__new__(_tee)
        twin._source = self._source
        twin._node = self._node
        return twin


def tee(*args, **kwargs):
    """tee(iterable, n=2): n independent iterators over one iterable."""
    _unpack("tee", args, kwargs, 1, 2)
    n = _index(args[1]) if len(args) == 2 else 2
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(args[0])
    first = it if type(it) is _tee else _tee(it)
    return tuple([first] + [first.__copy__() for _ in range(n - 1)])

