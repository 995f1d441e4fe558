# errno: the names, their numbers, errorcode, and OSError's errno agreeing with them.
import errno

names = ['EPERM', 'ENOENT', 'ESRCH', 'EINTR', 'EIO', 'EBADF', 'EAGAIN', 'EWOULDBLOCK', 'ENOMEM',
         'EACCES', 'EEXIST', 'ENOTDIR', 'EISDIR', 'EINVAL', 'ENOSPC', 'EPIPE', 'EDOM', 'ERANGE',
         'ENOSYS', 'ENOTEMPTY', 'ETIMEDOUT', 'ECONNREFUSED', 'ECONNRESET', 'EINPROGRESS',
         'EALREADY', 'EADDRINUSE', 'ENOTCONN', 'EOPNOTSUPP', 'ENOTSUP', 'EHOSTUNREACH']
for name in names:
    n = getattr(errno, name)
    print(name, n, errno.errorcode[n])
print(errno.EAGAIN == errno.EWOULDBLOCK, errno.errorcode[errno.EAGAIN])
print(type(errno.errorcode).__name__, errno.__name__, 9999 in errno.errorcode)
errno.errorcode[9999] = 'EMINE'
print(errno.errorcode[9999])
import errno as again
print(again is errno, again.errorcode[9999])
e = OSError(errno.ENOENT, 'No such file or directory')
print(type(e).__name__, e.errno == errno.ENOENT, e)
e = OSError(errno.EEXIST, 'exists')
print(type(e).__name__, e.errno == errno.EEXIST)
try:
    errno.ENOTANAME
except AttributeError as e:
    print('AttributeError', e)
from errno import EINVAL, ENOENT
print(EINVAL, ENOENT, errno.errorcode[errno.EDEADLK])
