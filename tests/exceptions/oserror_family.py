e = OSError(2, 'No such file or directory')
print(type(e).__name__, e.errno, e.strerror, e.filename)
e = OSError(2, 'No such file', 'x.txt')
print(type(e).__name__, str(e), e.filename)
for errno_, name in [(13, 'PermissionError'), (17, 'FileExistsError'), (20, 'NotADirectoryError'),
                     (21, 'IsADirectoryError'), (11, 'BlockingIOError'), (3, 'ProcessLookupError'),
                     (999, 'OSError')]:
    print(errno_, type(OSError(errno_, 'msg')).__name__ == name)
print(OSError('just a message').errno, str(OSError('just a message')))
print(IOError is OSError, EnvironmentError is OSError)
print(issubclass(FileNotFoundError, OSError), issubclass(TimeoutError, OSError), issubclass(ConnectionError, OSError))
print(issubclass(BrokenPipeError, ConnectionError), issubclass(ConnectionResetError, ConnectionError))
try:
    raise FileNotFoundError(2, 'missing', 'f')
except OSError as e:
    print(type(e).__name__, e.errno, e.filename, str(e))
print(repr(OSError()), OSError().args)
