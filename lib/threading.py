"""threading: the threading API over kinglet's one thread.

kinglet runs one thread. A Thread's target runs to its end when start() is called, in the
caller's thread, so joining finds it finished. The locks, conditions, events, semaphores
and barriers work for one thread: an operation that could only end when another thread
acted (acquiring a held lock, waiting for an event nobody sets) raises RuntimeError instead
of hanging for ever, and with a timeout it sleeps that long and reports a timeout, as
CPython does when no thread acts.
"""

import sys as _sys
import time as _time

__all__ = ["get_ident", "active_count", "Condition", "current_thread", "enumerate",
           "main_thread", "TIMEOUT_MAX", "Event", "Lock", "RLock", "Semaphore",
           "BoundedSemaphore", "Thread", "Barrier", "BrokenBarrierError", "Timer",
           "ThreadError", "ExceptHookArgs", "setprofile", "settrace", "local", "stack_size",
           "excepthook", "get_native_id", "getprofile", "gettrace"]

TIMEOUT_MAX = 9223372036.0
ThreadError = RuntimeError

_MAIN_IDENT = 1
_next_ident = [2]
_counter = [0]


def _forever(what):
    return RuntimeError("%s would wait for ever: kinglet has no other thread to wake it" % what)


def _wait(what, blocking, timeout):
    # What a blocking call does when only another thread could end the wait.
    if not blocking:
        return False
    if timeout is None or timeout < 0:
        raise _forever(what)
    _time.sleep(timeout)
    return False


def get_ident():
    return _current.ident


get_native_id = get_ident


class _Lock:
    """A lock; acquiring it while held would wait for ever in one thread."""

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        if self._locked:
            return _wait("acquiring a held lock", blocking, None if timeout == -1 else timeout)
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    def locked(self):
        return self._locked

    __enter__ = acquire

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        return "<%s _thread.lock object at %#x>" % ("locked" if self._locked else "unlocked",
                                                   id(self))

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked


def Lock():
    return _Lock()


class _RLock:
    """A lock its owner may acquire again."""

    def __init__(self):
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        self._count += 1
        return True

    __enter__ = acquire

    def release(self):
        if not self._count:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1

    def __exit__(self, *args):
        self.release()

    def _is_owned(self):
        return self._count > 0

    def __repr__(self):
        return "<%s _thread.RLock object owner=%d count=%d at %#x>" % (
            "locked" if self._count else "unlocked", _current.ident if self._count else 0,
            self._count, id(self))


def RLock(*args, **kwargs):
    return _RLock()


class Condition:
    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def _check_owned(self, what):
        owned = self._lock._is_owned() if hasattr(self._lock, "_is_owned") else \
            self._lock.locked()
        if not owned:
            raise RuntimeError("cannot %s on un-acquired lock" % what)

    def wait(self, timeout=None):
        self._check_owned("wait")
        return _wait("Condition.wait()", True, timeout)

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if not result:
            self.wait(timeout)
            result = predicate()
        return result

    def notify(self, n=1):
        self._check_owned("notify")

    def notify_all(self):
        self._check_owned("notify")

    notifyAll = notify_all


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if self._value == 0:
            return _wait("acquiring a semaphore at 0", blocking, timeout)
        self._value -= 1
        return True

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        self._value += n

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")
        self._value += n


class Event:
    def __init__(self):
        self._flag = False

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if self._flag:
            return True
        return _wait("Event.wait()", True, timeout)


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._broken = False

    def wait(self, timeout=None):
        if self._broken:
            raise BrokenBarrierError
        if self._parties > 1:
            if timeout is None:
                timeout = self._timeout
            self._broken = True
            _wait("Barrier.wait()", True, timeout)
            raise BrokenBarrierError
        if self._action:
            self._action()
        return 0

    def reset(self):
        self._broken = False

    def abort(self):
        self._broken = True

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return 0

    @property
    def broken(self):
        return self._broken


class local:
    """Data local to a thread: with one thread, an object with attributes."""


_threads = {}


class ExceptHookArgs(tuple):
    def __new__(cls, args):
        return tuple.__new__(cls, args)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])


def excepthook(args):
    """Print an exception a thread's run() raised, as CPython does, to stderr."""
    if args.exc_type == SystemExit:
        return
    import traceback
    name = args.thread.name if args.thread is not None else get_ident()
    print("Exception in thread %s:" % name, file=_sys.stderr)
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback,
                              file=_sys.stderr)
    _sys.stderr.flush()


__excepthook__ = excepthook


class Thread:
    """A thread of control: its target runs, to its end, when start() is called."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            _counter[0] += 1
            name = "Thread-%d" % _counter[0]
            if target is not None:
                try:
                    name += " (%s)" % target.__name__
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        self._daemonic = daemon if daemon is not None else _current.daemon \
            if _current is not None else False
        self._ident = None
        self._started = False
        self._is_stopped = False
        self._initialized = True

    def __repr__(self):
        status = "initial"
        if self._started:
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        global _current
        if not getattr(self, "_initialized", False):
            raise RuntimeError("thread.__init__() not called")
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._started = True
        self._ident = _next_ident[0]
        _next_ident[0] += 1
        _threads[self._ident] = self
        caller = _current
        _current = self
        try:
            self.run()
        except BaseException:
            exc_type, exc_value, exc_tb = _sys.exc_info()
            excepthook(ExceptHookArgs((exc_type, exc_value, exc_tb, self)))
        finally:
            _current = caller
            self._is_stopped = True
            del _threads[self._ident]

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not getattr(self, "_initialized", False):
            raise RuntimeError("Thread.__init__() not called")
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is _current:
            raise RuntimeError("cannot join current thread")

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    native_id = ident

    def is_alive(self):
        return self._started and not self._is_stopped

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if self._started:
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
    """Call a function after a number of seconds (start() sleeps, then calls it)."""

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
        if not self.finished.is_set():
            _time.sleep(self.interval)
            if not self.finished.is_set():
                self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started = True
        self._ident = _MAIN_IDENT


_current = None
_main_thread = _MainThread()
_current = _main_thread
_threads[_MAIN_IDENT] = _main_thread


def current_thread():
    return _current


currentThread = current_thread


def main_thread():
    return _main_thread


def active_count():
    return len(_threads)


activeCount = active_count


def enumerate():
    return list(_threads.values())


_trace = None
_profile = None


def settrace(func):
    global _trace
    _trace = func


def gettrace():
    return _trace


def setprofile(func):
    global _profile
    _profile = func


def getprofile():
    return _profile


def stack_size(size=0):
    if size != 0 and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    return 0
