"""Threads for cellar's green threads.

Every thread runs inside the one interpreter; the VM switches between them
after the switch interval (sys.setswitchinterval, one instruction per
microsecond) and whenever one waits on a lock. Everything here is built
on _thread's locks, as CPython's threading is.
"""

import _thread
import sys as _sys

get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
Lock = _thread.allocate_lock
RLock = _thread.RLock
_start_new_thread = _thread.start_new_thread
_set_sentinel = _thread._set_sentinel

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock',
           'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread', 'Barrier',
           'BrokenBarrierError', 'Timer', 'ThreadError', 'setprofile',
           'settrace', 'local', 'stack_size', 'excepthook',
           'ExceptHookArgs', 'gettrace', 'getprofile', 'get_native_id']

# ident -> Thread, for every started thread that has not ended
_active = {}
# threads started but not yet running
_limbo = {}
_names_made = 0


def _newname(template="Thread-%d"):
    global _names_made
    _names_made += 1
    return template % _names_made


class Condition:
    """A lock plus a queue of waiters, each parked on a lock of its own."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.acquire()

    def __exit__(self, *args):
        return self._lock.release()

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _is_owned(self):
        if type(self._lock) is RLock:
            return self._lock._is_owned()
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = Lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_all()
        got = False
        try:
            if timeout is None:
                waiter.acquire()
                got = True
            elif timeout > 0:
                got = waiter.acquire(True, timeout)
            else:
                got = waiter.acquire(False)
            return got
        finally:
            self._acquire_again(saved)
            if not got and waiter in self._waiters:
                self._waiters.remove(waiter)

    def _release_all(self):
        if type(self._lock) is RLock:
            count = 0
            while self._lock._is_owned():
                self._lock.release()
                count += 1
            return count
        self._lock.release()
        return 1

    def _acquire_again(self, count):
        for _ in range(count):
            self._lock.acquire()

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        while not result:
            if not self.wait(timeout) and timeout is not None:
                return predicate()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        for waiter in self._waiters[:n]:
            self._waiters.remove(waiter)
            waiter.release()

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}>")

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        self._cond.acquire()
        try:
            if self._value == 0:
                if not blocking:
                    return False
                if not self._cond.wait_for(lambda: self._value > 0, timeout):
                    return False
            self._value -= 1
            return True
        finally:
            self._cond.release()

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        self._cond.acquire()
        try:
            self._value += n
            self._cond.notify(n)
        finally:
            self._cond.release()

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")
        Semaphore.release(self, n)


class Event:
    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"

    def is_set(self):
        return self._flag

    def set(self):
        self._cond.acquire()
        try:
            self._flag = True
            self._cond.notify_all()
        finally:
            self._cond.release()

    def clear(self):
        self._cond.acquire()
        self._flag = False
        self._cond.release()

    def wait(self, timeout=None):
        self._cond.acquire()
        try:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled
        finally:
            self._cond.release()


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._count = 0
        self._generation = 0
        self._broken = False

    def wait(self, timeout=None):
        self._cond.acquire()
        try:
            if self._broken:
                raise BrokenBarrierError
            index = self._count
            generation = self._generation
            self._count += 1
            if self._count == self._parties:
                if self._action:
                    self._action()
                self._count = 0
                self._generation += 1
                self._cond.notify_all()
                return index
            if timeout is None:
                timeout = self._timeout
            if not self._cond.wait_for(
                    lambda: self._generation != generation or self._broken,
                    timeout):
                self._broken = True
                self._cond.notify_all()
            if self._broken:
                raise BrokenBarrierError
            return index
        finally:
            self._cond.release()

    def abort(self):
        self._cond.acquire()
        self._broken = True
        self._cond.notify_all()
        self._cond.release()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count

    @property
    def broken(self):
        return self._broken


class Thread:
    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._tstate_lock = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        _limbo[self] = self
        _start_new_thread(self._bootstrap, ())
        self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        try:
            self._ident = get_ident()
            self._native_id = get_native_id()
            self._tstate_lock = _set_sentinel()
            self._started.set()
            _active[self._ident] = self
            del _limbo[self]
            try:
                self.run()
            except BaseException as exc:
                # (the module's attribute: a program may have replaced it)
                import threading
                hook = threading.excepthook
                hook(ExceptHookArgs(type(exc), exc, exc.__traceback__, self))
        finally:
            _active.pop(get_ident(), None)

    def _stop(self):
        self._is_stopped = True
        self._tstate_lock = None

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_tstate_lock()
        else:
            self._wait_for_tstate_lock(timeout=max(timeout, 0))

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        lock = self._tstate_lock
        if lock is None:
            return
        if lock.acquire(block, timeout):
            lock.release()
            self._stop()

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._native_id

    def is_alive(self):
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_for_tstate_lock(False)
        return not self._is_stopped

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class Timer(Thread):
    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._tstate_lock = None
        _active[self._ident] = self

    def is_alive(self):
        return True


class _DummyThread(Thread):
    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._ident = get_ident()
        _active[self._ident] = self

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise RuntimeError("cannot join a dummy thread")


def current_thread():
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def main_thread():
    return _main_thread


def active_count():
    return len(_active) + len(_limbo)


def enumerate():
    return list(_active.values()) + list(_limbo.values())


class ExceptHookArgs:
    """What excepthook receives: exc_type, exc_value, exc_traceback, thread."""

    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread

    def __repr__(self):
        return (f"ExceptHookArgs(exc_type={self.exc_type!r}, exc_value="
                f"{self.exc_value!r}, exc_traceback={self.exc_traceback!r},"
                f" thread={self.thread!r})")


def excepthook(args):
    """Prints an exception that ended a thread, as CPython's does
    (SystemExit ends a thread silently)."""
    if args.exc_type is SystemExit:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    _sys.stderr.write(f"Exception in thread {name}:\n")
    _sys.stderr.write(_thread._format_exception(args.exc_value))


__excepthook__ = excepthook


def _local_dicts(self):
    me = get_ident()
    dicts = self._local__dicts
    if me not in dicts:
        dicts[me] = {}
        args, kwargs = self._local__args
        if type(self).__init__ is not object.__init__:
            type(self).__init__(self, *args, **kwargs)
    return dicts[me]


class _local:
    """Attributes that each thread sees on its own."""
    __slots__ = ('_local__dicts', '_local__args')

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, '_local__dicts', {get_ident(): {}})
        object.__setattr__(self, '_local__args', (args, kwargs))
        return self

    def __getattr__(self, name):
        d = _local_dicts(self)
        if name == '__dict__':
            return d
        try:
            return d[name]
        except KeyError:
            raise AttributeError(
                f"'{_type_name(self)}' object has no attribute '{name}'"
            ) from None

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(
                f"'{_type_name(self)}' object attribute '__dict__' is read-only")
        _local_dicts(self)[name] = value

    def __delattr__(self, name):
        d = _local_dicts(self)
        if name not in d:
            raise AttributeError(name)
        del d[name]


local = _local


def _type_name(obj):
    if type(obj) is _local:
        return '_thread._local'
    return type(obj).__name__


def stack_size(size=0):
    return _thread.stack_size(size)


def settrace(func):
    raise NotImplementedError("cellar's threads have no trace functions")


setprofile = settrace


def gettrace():
    return None


def getprofile():
    return None


def _shutdown():
    """Waits for every non-daemon thread, as the interpreter does when the
    main module ends."""
    while True:
        waiting = [t for t in list(_active.values()) + list(_limbo.values())
                   if not t._daemonic and t is not _main_thread]
        if not waiting:
            return
        for t in waiting:
            t.join()


_main_thread = _MainThread()
