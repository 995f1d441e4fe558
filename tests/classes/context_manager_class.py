class Resource:
    open_count = 0
    def __init__(self, name):
        self.name = name
        self.closed = False
    def __enter__(self):
        Resource.open_count += 1
        print('open', self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        Resource.open_count -= 1
        self.closed = True
        print('close', self.name, 'error' if exc_type else 'ok')
        return exc_type is LookupError or (exc_type is not None and issubclass(exc_type, LookupError))
with Resource('r1') as r:
    print('using', r.name, Resource.open_count)
print(r.closed, Resource.open_count)
with Resource('r2'):
    {}['missing']
print('KeyError suppressed')
try:
    with Resource('r3'):
        raise ValueError('not suppressed')
except ValueError as e:
    print('got', e)
class Reentrant:
    def __init__(self):
        self.depth = 0
    def __enter__(self):
        self.depth += 1
        print('depth', self.depth)
        return self
    def __exit__(self, *a):
        self.depth -= 1
rr = Reentrant()
with rr:
    with rr:
        with rr:
            pass
print('final depth', rr.depth)
class Timerish:
    def __enter__(self):
        self.events = ['start']
        return self.events
    def __exit__(self, *a):
        self.events.append('stop')
with Timerish() as ev:
    ev.append('work')
print(ev)
class Inherit(Resource):
    def __enter__(self):
        print('subclass enter')
        return super().__enter__()
with Inherit('sub') as s:
    pass
print(type(s).__name__)
def use():
    with Resource('in func') as r:
        return r.name
print(use())
