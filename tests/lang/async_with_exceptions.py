class Tick:
    def __await__(self):
        yield
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class ACM:
    def __init__(self, name, suppress=False, fail_exit=False):
        self.name, self.suppress, self.fail_exit = name, suppress, fail_exit
    async def __aenter__(self):
        await Tick()
        print('enter', self.name)
        return self
    async def __aexit__(self, et, ev, tb):
        await Tick()
        print('exit', self.name, et.__name__ if et else None)
        if self.fail_exit:
            raise RuntimeError('exit failed')
        return self.suppress
async def main():
    async with ACM('a', suppress=True):
        raise ValueError('suppressed')
    try:
        async with ACM('b'):
            raise KeyError('k')
    except KeyError as e:
        print('caught', repr(e))
    try:
        async with ACM('c', fail_exit=True):
            raise IndexError('i')
    except RuntimeError as e:
        print('exit error', e, type(e.__context__).__name__)
    async with ACM('outer') as o, ACM('inner') as i:
        print('body', o.name, i.name)
    for n in range(2):
        async with ACM('loop%d' % n):
            if n == 0:
                continue
            break
    try:
        await Tick()
        return 'returned'
    finally:
        await Tick()
        print('finally with await')
print(run(main()))
class NoAexit:
    async def __aenter__(self):
        return self
async def bad():
    async with NoAexit():
        pass
try:
    run(bad())
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
