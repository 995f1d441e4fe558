# gi_suspended and cr_suspended (new in 3.11) through a generator's and a coroutine's life.
def gen():
    print('inside, suspended:', g.gi_suspended, 'running:', g.gi_running)
    yield 1
    yield 2
g = gen()
print(g.gi_suspended, g.gi_running)
next(g)
print(g.gi_suspended)
next(g)
print(g.gi_suspended)
g.close()
print(g.gi_suspended, g.gi_frame)
async def co():
    return 5
c = co()
print(c.cr_suspended, c.cr_running)
try:
    c.send(None)
except StopIteration as e:
    print('returned', e.value, c.cr_suspended)
