"""The core of cellar's asyncio: the event loop, Future, Task, sleep and
gather, with CPython 3.11's names, reprs, messages and order of callbacks.
`asyncio` re-exports them and adds run, wait_for, wait, shield, TaskGroup,
timeout and the synchronization primitives.

Sleeping waits on the loop's clock (`_monotonic`) through `_sleep_until`,
which Ctrl-C interrupts. Cellar runs this module as C code: its frames stay
out of tracebacks.
"""

import weakref as _weakref


class CancelledError(BaseException):
    """The Future or Task was cancelled."""
    __module__ = 'asyncio.exceptions'


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""
    __module__ = 'asyncio.exceptions'


TimeoutError = TimeoutError


class _Namespace:
    def __init__(self, name, **names):
        self.__name__ = name
        self.__dict__.update(names)

    def __repr__(self):
        return f"<module '{self.__name__}'>"


exceptions = _Namespace('asyncio.exceptions', CancelledError=CancelledError,
                        InvalidStateError=InvalidStateError,
                        TimeoutError=TimeoutError)

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'

_running_loop = None
_event_loop = None
_current_tasks = {}
_task_counter = 0


def _coroutine_type():
    async def probe():
        pass
    c = probe()
    t = type(c)
    c.close()
    return t


_CoroutineType = _coroutine_type()


_COROUTINE_METHODS = ('send', 'throw', 'close', '__await__')


def iscoroutine(obj):
    """Return True if obj is a coroutine object."""
    if type(obj) is _CoroutineType:
        return True
    return all(hasattr(obj, name) for name in _COROUTINE_METHODS)


def iscoroutinefunction(func):
    """Return True if func is a decorated coroutine function."""
    code = getattr(func, '__code__', None)
    return code is not None and bool(code.co_flags & 0x80)


def isfuture(obj):
    return getattr(obj, '_asyncio_future_blocking', None) is not None


class Handle:
    """A callback registered with the loop."""
    __module__ = 'asyncio.events'

    def __init__(self, callback, args, loop):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False

    def cancel(self):
        self._cancelled = True

    def cancelled(self):
        return self._cancelled

    def _run(self):
        self._callback(*self._args)


class TimerHandle(Handle):
    """A callback due at a time on the loop's clock."""
    __module__ = 'asyncio.events'

    def __init__(self, when, callback, args, loop):
        Handle.__init__(self, callback, args, loop)
        self._when = when

    def when(self):
        return self._when


class _Loop:
    """The event loop: a queue of ready handles and a sorted list of timers."""

    def __init__(self):
        self._ready = []
        self._timers = []
        self._stopping = False
        self._closed = False
        self._running = False
        self._asyncgens = []

    def __repr__(self):
        return (f'<_UnixSelectorEventLoop running={self._running} '
                f'closed={self._closed} debug=False>')

    def time(self):
        return _monotonic()

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        self._check_closed()
        timer = TimerHandle(float(when), callback, args, self)
        i = len(self._timers)
        while i > 0 and self._timers[i - 1]._when > timer._when:
            i -= 1
        self._timers.insert(i, timer)
        return timer

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        return Task(coro, loop=self, name=name)

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def close(self):
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        self._closed = True
        self._ready.clear()
        self._timers.clear()

    def stop(self):
        self._stopping = True

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def run_forever(self):
        global _running_loop
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _running_loop is not None:
            raise RuntimeError(
                'Cannot run the event loop while another loop is running')
        self._running = True
        _running_loop = self
        _set_asyncgen_hooks(self._asyncgen_firstiter_hook,
                            self._asyncgen_finalizer_hook)
        try:
            while not self._stopping:
                self._run_once()
        finally:
            self._stopping = False
            self._running = False
            _running_loop = None
            _set_asyncgen_hooks(None, None)

    def _asyncgen_firstiter_hook(self, agen):
        self._asyncgens.append(_weakref.ref(agen))

    def _asyncgen_finalizer_hook(self, agen):
        if not self.is_closed():
            self.call_soon(self.create_task, agen.aclose())

    def run_until_complete(self, future):
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)

        def done(fut):
            fut._loop.stop()
        future.add_done_callback(done)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(done)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def _run_once(self):
        if not self._ready and self._timers and not self._stopping:
            # CPython's selector waits in whole milliseconds, rounded up,
            # so timers due within that millisecond run together
            wait = (self._timers[0]._when - self.time()) * 1e3
            if wait > 0:
                ms = int(wait)
                _sleep_until(self.time() + (ms + (ms < wait)) * 1e-3)
        now = self.time()
        while self._timers and self._timers[0]._when <= now:
            timer = self._timers.pop(0)
            if not timer._cancelled:
                self._ready.append(timer)
        ready = self._ready
        self._ready = []
        for i in range(len(ready)):
            handle = ready[i]
            if not handle._cancelled:
                try:
                    handle._run()
                except BaseException:
                    self._ready = ready[i + 1:] + self._ready
                    raise

    async def shutdown_asyncgens(self):
        """Close the async generators first iterated on this loop."""
        alive = [ref() for ref in self._asyncgens]
        self._asyncgens = []
        closing = [agen for agen in alive if agen is not None]
        if closing:
            await gather(*[agen.aclose() for agen in closing],
                         return_exceptions=True)

    async def shutdown_default_executor(self):
        pass


def get_running_loop():
    """Return the running event loop. Raise a RuntimeError if there is none."""
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


def _get_running_loop():
    return _running_loop


def get_event_loop():
    """The running loop, or the current one (made on first use)."""
    global _event_loop
    if _running_loop is not None:
        return _running_loop
    if _event_loop is None:
        _event_loop = _Loop()
    return _event_loop


def new_event_loop():
    return _Loop()


def set_event_loop(loop):
    global _event_loop
    _event_loop = loop


def _future_repr_info(fut):
    info = [fut._state.lower()]
    if fut._state == _FINISHED:
        if fut._exception is not None:
            info.append(f'exception={fut._exception!r}')
        else:
            info.append(f'result={fut._result!r}')
    return info


class Future:
    """A value that will exist later; awaiting it waits for it."""
    __module__ = '_asyncio'
    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = get_event_loop() if loop is None else loop
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None
        self._cancelled_exc = None

    def __repr__(self):
        return f"<{type(self).__name__} {' '.join(self._repr_info())}>"

    def _repr_info(self):
        return _future_repr_info(self)

    def get_loop(self):
        return self._loop

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks[:]
        self._callbacks[:] = []
        for callback in callbacks:
            self._loop.call_soon(callback, self)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not set.')
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        kept = [f for f in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(kept)
        self._callbacks[:] = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators "
                            "and cannot be raised into a Future")
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def _coro_repr(coro):
    if type(coro) is not _CoroutineType:
        return f'<{type(coro).__name__} without __name__>()'
    filename, line, live = _coro_where(coro)
    name = coro.__qualname__
    if live:
        return f'{name}() running at {filename}:{line}'
    return f'{name}() done, defined at {filename}:{line}'


class Task(Future):
    """A coroutine wrapped in a Future, run step by step by the loop."""
    __module__ = '_asyncio'

    def __init__(self, coro, *, loop=None, name=None, context=None):
        global _task_counter
        Future.__init__(self, loop=loop)
        if not iscoroutine(coro):
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        if name is None:
            _task_counter += 1
            name = f'Task-{_task_counter}'
        self._name = str(name)
        self._coro = coro
        self._fut_waiter = None
        self._must_cancel = False
        self._num_cancels_requested = 0
        self._loop.call_soon(self.__step)
        _all_tasks[self] = None

    def _repr_info(self):
        info = _future_repr_info(self)
        if self._must_cancel:
            info[0] = 'cancelling'
        info.insert(1, f'name={self._name!r}')
        info.insert(2, f'coro=<{_coro_repr(self._coro)}>')
        if self._fut_waiter is not None:
            info.insert(3, f'wait_for={self._fut_waiter!r}')
        return info

    def get_coro(self):
        return self._coro

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def cancel(self, msg=None):
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def __step(self, exc=None):
        if self.done():
            raise InvalidStateError(
                f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        _current_tasks[self._loop] = self
        try:
            self.__send(exc)
        finally:
            del _current_tasks[self._loop]
            if self.done():
                _all_tasks.pop(self, None)

    def __send(self, exc):
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, stop.value)
        except CancelledError as cancelled:
            self._cancelled_exc = cancelled
            Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as error:
            Future.set_exception(self, error)
            raise
        except BaseException as error:
            Future.set_exception(self, error)
        else:
            self.__wait_on(result)

    def __wait_on(self, result):
        if getattr(result, '_asyncio_future_blocking', None) is not None:
            if result is self:
                error = RuntimeError(f'Task cannot await on itself: {self!r}')
                self._loop.call_soon(self.__step, error)
                return
            result._asyncio_future_blocking = False
            result.add_done_callback(self.__wakeup)
            self._fut_waiter = result
            if self._must_cancel:
                if self._fut_waiter.cancel(msg=self._cancel_message):
                    self._must_cancel = False
        elif result is None:
            self._loop.call_soon(self.__step)
        else:
            error = RuntimeError(f'Task got bad yield: {result!r}')
            self._loop.call_soon(self.__step, error)

    def __wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self.__step(exc)
        else:
            self.__step()


_all_tasks = {}


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {t for t in _all_tasks if t._loop is loop and not t.done()}


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return _current_tasks.get(loop)


def create_task(coro, *, name=None, context=None):
    """Schedule the coroutine to run as a Task; return the Task."""
    return get_running_loop().create_task(coro, name=name)


def ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        return coro_or_future
    if loop is None:
        loop = get_event_loop()
    if iscoroutine(coro_or_future):
        return loop.create_task(coro_or_future)
    if hasattr(coro_or_future, '__await__'):
        return loop.create_task(_wrap_awaitable(coro_or_future))
    raise TypeError('An asyncio.Future, a coroutine or an awaitable '
                    'is required')


async def _wrap_awaitable(awaitable):
    return await awaitable


class _Sleep0:
    def __await__(self):
        yield


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


async def sleep(delay, result=None):
    """Coroutine that completes after a given time (in seconds)."""
    if delay <= 0:
        await _Sleep0()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    handle = loop.call_later(delay, _set_result_unless_cancelled,
                             future, result)
    try:
        return await future
    finally:
        handle.cancel()


class _GatheringFuture(Future):
    """gather()'s result: cancelling it cancels its children."""
    __module__ = 'asyncio.tasks'

    def __init__(self, children, *, loop):
        Future.__init__(self, loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    """Run awaitables concurrently; their results in order, as a list."""
    loop = get_event_loop()
    if not coros_or_futures:
        outer = loop.create_future()
        outer.set_result([])
        return outer
    outer = None
    children = []
    arg_to_fut = {}
    watch = _gather_watcher(lambda: outer, children, arg_to_fut,
                            return_exceptions)
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            arg_to_fut[arg] = fut
            fut.add_done_callback(watch)
        else:
            fut = arg_to_fut[arg]
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    return outer


def _gather_watcher(get_outer, children, arg_to_fut, return_exceptions):
    state = {'finished': 0}

    def done_callback(fut):
        outer = get_outer()
        state['finished'] += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state['finished'] == len(arg_to_fut):
            _gather_finish(outer, children)

    return done_callback


def _gather_finish(outer, children):
    results = []
    for fut in children:
        if fut.cancelled():
            res = fut._make_cancelled_error()
        else:
            res = fut.exception()
            if res is None:
                res = fut.result()
        results.append(res)
    if outer._cancel_requested:
        outer.set_exception(CancelledError())
    else:
        outer.set_result(results)
