def echo():
    received = []
    while True:
        v = yield len(received)
        if v is None:
            break
        received.append(v)
    return received

g = echo()
print(g.send(None))
print(g.send('a'))
print(g.send('b'))
try:
    g.send(None)
except StopIteration as e:
    print('done', e.value)

def acc():
    total = 0
    while True:
        x = yield total
        total += x
a = acc()
next(a)
for i in range(1, 5):
    print(a.send(i))

g2 = echo()
try:
    g2.send('not none')
except TypeError as e:
    print(type(e).__name__, e)

def running():
    yield me.send(None)
me = running()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)

def expr_positions():
    x = (yield 1) + (yield 2)
    yield x
    y = [(yield 'a'), (yield 'b')]
    yield y
e = expr_positions()
print(next(e), e.send(10), e.send(20))
print(next(e), e.send('A'), e.send('B'))

def send_after_done():
    yield 1
s = send_after_done()
next(s)
try:
    s.send(5)
except StopIteration:
    print('stop1')
try:
    s.send(5)
except StopIteration:
    print('stop2')
