# select.select() and select.poll() over descriptors of regular files, which are always ready,
# and the errors of bad arguments.
import os
import select
import tempfile

path = os.path.join(tempfile.mkdtemp(), 'data.txt')
f = open(path, 'w+')
f.write('hello')
f.flush()


def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(r)


class HasFileno:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd

    def __repr__(self):
        return 'HasFileno()'


# A regular file is ready for reading and writing; the result holds the objects given.
r, w, x = select.select([f], [f, HasFileno(f.fileno())], [f], 0)
print(r == [f], w[0] is f, w[1], x)
print(select.select((), (), (), 0.0))
print(select.select(iter([f]), [], [], 0.5)[0] == [f])

show(lambda: select.select(['a'], [], []))
show(lambda: select.select([-1], [], []))
show(lambda: select.select(1, [], []))
show(lambda: select.select([], [], [], 'x'))
show(lambda: select.select([], [], [], -1))
show(lambda: select.select([99999], [], [], 0))
show(lambda: select.select([HasFileno('x')], [], [], 0))
show(lambda: select.select([HasFileno(-5)], [], [], 0))

p = select.poll()
print(type(p).__name__, type(p).__module__)
print(p.poll(0))
p.register(f)
print([ev for fd, ev in p.poll(0)], [fd == f.fileno() for fd, ev in p.poll()])
p.modify(f.fileno(), select.POLLIN)
print([ev for fd, ev in p.poll(10)])
p.register(f, select.POLLOUT)
print([ev for fd, ev in p.poll(1.5)])
p.unregister(HasFileno(f.fileno()))
print(p.poll(0))
try:
    p.unregister(f)
except KeyError as e:
    print('KeyError', e.args == (f.fileno(),))
show(lambda: p.modify(f, 1))
show(lambda: p.register('a'))
show(lambda: p.register(-1))
show(lambda: p.poll('x'))
show(lambda: p.register(1, 1 << 20))
show(lambda: p.register(1, -1))

# A descriptor that is not open reports POLLNVAL.
g = open(path)
fd = g.fileno()
g.close()
p.register(fd)
print([ev == select.POLLNVAL for fd, ev in p.poll(0)])

print(select.error is OSError)
print(select.POLLIN, select.POLLPRI, select.POLLOUT, select.POLLERR, select.POLLHUP,
      select.POLLNVAL)
f.close()
os.remove(path)
os.rmdir(os.path.dirname(path))
