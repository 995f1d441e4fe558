# close() in each state of a generator: not started, suspended, running and finished.
def counter():
    try:
        yield 1
        yield 2
    finally:
        print('finally')

g = counter()
print(g.close(), g.close())  # not started: no finally runs
try:
    next(g)
except StopIteration:
    print('stopped after close')

g = counter()
print(next(g))
print(g.close())  # suspended: the finally runs
print(g.close())  # finished: nothing happens

g = counter()
print(list(g))
print(g.close())

def closes_itself():
    yield me.close()

me = closes_itself()
try:
    next(me)
except ValueError as e:
    print('ValueError', e)
print(me.close())
