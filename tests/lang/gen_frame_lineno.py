# gi_frame / cr_frame: f_lineno is the def line before the first step, then the line of the
# yield or await the generator is paused at; None once it has finished.


def gen():
    x = 1
    yield x
    y = yield (
        x + 1)
    for i in range(2):
        yield i
    return y


g = gen()
print(g.gi_frame.f_lineno, g.gi_frame.f_code.co_name)
for v in g:
    print(v, g.gi_frame.f_lineno)
print(g.gi_frame)


class Step:
    def __await__(self):
        yield 'step'


async def co():
    await Step()
    await Step(
    )
    return 1


c = co()
print(c.cr_frame.f_lineno, c.cr_frame.f_code.co_name)
c.send(None)
print(c.cr_frame.f_lineno)
c.send(None)
print(c.cr_frame.f_lineno)
try:
    c.send(None)
except StopIteration as e:
    print('returned', e.value, c.cr_frame)
