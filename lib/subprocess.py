"""subprocess: start programs, connect to their input and output, get their exit status.

kinglet's subprocess, for POSIX, written in Python over os._spawn (fork and exec in C, which
reports a program that cannot start as an OSError here), os.pipe, os.waitpid and select.
"""

import os
import select
import time

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput", "getoutput",
           "check_output", "run", "CalledProcessError", "DEVNULL", "SubprocessError",
           "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_SIGNAL_NAMES = {1: "SIGHUP", 2: "SIGINT", 3: "SIGQUIT", 6: "SIGABRT", 9: "SIGKILL",
                 11: "SIGSEGV", 13: "SIGPIPE", 14: "SIGALRM", 15: "SIGTERM"}


class SubprocessError(Exception):
    pass


class _OutputError(SubprocessError):
    # stdout is another name for output.
    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CalledProcessError(_OutputError):
    """A process run by check_call(), check_output() or run(check=True) exited non-zero."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            name = _SIGNAL_NAMES.get(-self.returncode)
            if name is None:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
            return "Command '%s' died with <Signals.%s: %d>." % (self.cmd, name,
                                                                 -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)


class TimeoutExpired(_OutputError):
    """A process did not finish within its timeout."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)


class CompletedProcess:
    """What run() returns: the arguments, the exit status and the output captured."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ["args={!r}".format(self.args), "returncode={!r}".format(self.returncode)]
        if self.stdout is not None:
            args.append("stdout={!r}".format(self.stdout))
        if self.stderr is not None:
            args.append("stderr={!r}".format(self.stderr))
        return "{}({})".format(type(self).__name__, ", ".join(args))

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


class Popen:
    """A started program. stdin, stdout and stderr may each be None (inherited), PIPE,
    DEVNULL, a descriptor or a file object; stderr may be STDOUT."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None,
                 stderr=None, preexec_fn=None, close_fds=True, shell=False, cwd=None,
                 env=None, universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *, user=None,
                 group=None, extra_groups=None, encoding=None, errors=None, text=None,
                 umask=-1, pipesize=-1, process_group=None):
        for given, what in ((preexec_fn is not None, "preexec_fn"),
                            (start_new_session, "start_new_session"),
                            (process_group is not None, "process_group"),
                            (user is not None or group is not None or extra_groups is not None,
                             "user, group and extra_groups"),
                            (umask != -1, "umask"), (bool(pass_fds), "pass_fds")):
            if given:
                raise NotImplementedError("subprocess: %s is not supported by kinglet" % what)
        self.args = args
        self.returncode = None
        self.encoding = encoding
        self.errors = errors
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        if isinstance(args, (str, bytes)):
            argv = [args]
        elif hasattr(args, "__fspath__"):
            argv = [os.fspath(args)]
        else:
            argv = [os.fspath(a) if hasattr(a, "__fspath__") else a for a in args]
        argv = [a.decode() if isinstance(a, bytes) else a for a in argv]
        if shell:
            argv = ["/bin/sh", "-c"] + argv
        if executable is not None:
            argv = [executable] + argv[1:] if not shell else [executable] + argv[1:]
        for a in argv:
            if not isinstance(a, str):
                raise TypeError("expected str, bytes or os.PathLike object, not %s"
                                % type(a).__name__)
        to_close = []  # descriptors of ours the child gets, closed here once it has them
        mine = []  # (attribute, our end, mode) of each pipe

        def child_fd(spec, attr, reading):
            if spec is None:
                return -1
            if spec == PIPE:
                r, w = os.pipe()
                if reading:  # the child writes to it
                    to_close.append(w)
                    mine.append((attr, r, "r"))
                    return w
                to_close.append(r)
                mine.append((attr, w, "w"))
                return r
            if spec == DEVNULL:
                fd = os.open(os.devnull, os.O_RDWR)
                to_close.append(fd)
                return fd
            if isinstance(spec, int):
                return spec
            return spec.fileno()

        self.stdin = self.stdout = self.stderr = None
        fds = [child_fd(stdin, "stdin", False), child_fd(stdout, "stdout", True)]
        if stderr == STDOUT:
            fds.append(fds[1] if fds[1] >= 0 else 1)
        else:
            fds.append(child_fd(stderr, "stderr", True))
        env_list = None
        if env is not None:
            env_list = ["%s=%s" % (k, v) for k, v in env.items()]
        if cwd is not None:
            cwd = os.fspath(cwd)
        try:
            self.pid = os._spawn(argv, env_list, cwd, tuple(fds), close_fds)
        except BaseException:
            for fd in to_close:
                os.close(fd)
            for _attr, fd, _mode in mine:
                os.close(fd)
            raise
        for fd in to_close:
            os.close(fd)
        for attr, fd, mode in mine:
            if self.text_mode:
                f = open(fd, mode, encoding=encoding, errors=errors or "strict")
            else:
                f = open(fd, mode + "b", buffering=0 if mode == "w" and bufsize == 0 else -1)
            setattr(self, attr, f)

    def __repr__(self):
        return "<%s: returncode: %s args: %r>" % (self.__class__.__name__, self.returncode,
                                                  self.args)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        for f in (self.stdout, self.stderr):
            if f:
                f.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            self.wait()

    def _set_status(self, status):
        self.returncode = os.waitstatus_to_exitcode(status)

    def poll(self):
        """The exit status if the program has ended, else None."""
        if self.returncode is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid == self.pid:
                self._set_status(status)
        return self.returncode

    def wait(self, timeout=None):
        """Wait for the program to end and return its exit status."""
        if self.returncode is not None:
            return self.returncode
        if timeout is None:
            pid, status = os.waitpid(self.pid, 0)
            self._set_status(status)
            return self.returncode
        deadline = time.monotonic() + timeout
        delay = 0.0005
        while self.poll() is None:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutExpired(self.args, timeout)
            time.sleep(min(delay, remaining, 0.05))
            delay *= 2
        return self.returncode

    def communicate(self, input=None, timeout=None):
        """Send input to stdin, read stdout and stderr to their ends, wait for the program;
        return (stdout, stderr), each None where it is not a pipe."""
        if input is not None and self.stdin is None:
            raise ValueError("Cannot send input after starting communication")
        deadline = None if timeout is None else time.monotonic() + timeout
        collected = {}  # descriptor -> chunks read
        for f in (self.stdout, self.stderr):
            if f is not None:
                collected[f.fileno()] = []
        reading = list(collected)
        writer = None
        data = b""
        if self.stdin is not None:
            if input:
                data = input.encode(self.encoding or "utf-8", self.errors or "strict") \
                    if self.text_mode else bytes(input)
                self.stdin.flush()
                writer = self.stdin.fileno()
            else:
                self.stdin.close()
        offset = 0
        while reading or writer is not None:
            wait = None
            if deadline is not None:
                wait = deadline - time.monotonic()
                if wait <= 0:
                    raise TimeoutExpired(self.args, timeout)
            r, w, _x = select.select(reading, [writer] if writer is not None else [], [], wait)
            if not r and not w and deadline is not None:
                raise TimeoutExpired(self.args, timeout)
            if w:
                try:
                    offset += os.write(writer, data[offset:offset + 65536])
                except BrokenPipeError:
                    offset = len(data)
                if offset >= len(data):
                    self.stdin.close()
                    writer = None
            for fd in r:
                chunk = os.read(fd, 65536)
                if chunk:
                    collected[fd].append(chunk)
                else:
                    reading.remove(fd)
        outputs = []
        for f in (self.stdout, self.stderr):
            if f is None:
                outputs.append(None)
            else:
                outputs.append(b"".join(collected[f.fileno()]))
                f.close()
        if self.text_mode:
            outputs = [None if o is None else
                       o.decode(self.encoding or "utf-8", self.errors or "strict")
                       .replace("\r\n", "\n").replace("\r", "\n") for o in outputs]
        self.wait(None if deadline is None else max(0, deadline - time.monotonic()))
        return tuple(outputs)

    def send_signal(self, sig):
        if self.returncode is None:
            os.kill(self.pid, sig)

    def terminate(self):
        self.send_signal(15)

    def kill(self):
        self.send_signal(9)


def call(*popenargs, timeout=None, **kwargs):
    """Run a command and return its exit status."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except BaseException:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Run a command; CalledProcessError if its exit status is not 0."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run a command and return its output; CalledProcessError if it exits non-zero."""
    if "stdout" in kwargs:
        raise ValueError("stdout argument not allowed, it will be overridden.")
    if "input" in kwargs and kwargs["input"] is None:
        kwargs["input"] = "" if kwargs.get("universal_newlines") or kwargs.get("text") \
            or kwargs.get("encoding") or kwargs.get("errors") else b""
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run a command, wait for it, and return a CompletedProcess."""
    if input is not None:
        if kwargs.get("stdin") is not None:
            raise ValueError("stdin and input arguments may not both be used.")
        kwargs["stdin"] = PIPE
    if capture_output:
        if kwargs.get("stdout") is not None or kwargs.get("stderr") is not None:
            raise ValueError("stdout and stderr arguments may not be used with capture_output.")
        kwargs["stdout"] = PIPE
        kwargs["stderr"] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired as exc:
            process.kill()
            process.wait()
            raise
        except BaseException:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Run cmd in a shell; return (exit code, output with one trailing newline removed)."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding,
                            errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == "\n":
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """Run cmd in a shell and return its output, as getstatusoutput() does."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]
