class Tick:
    def __await__(self):
        yield 'tick'

class ARange:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await Tick()
        self.i += 1
        return self.i - 1

class ACM:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print('aenter', self.name)
        await Tick()
        return self.name + '-res'
    async def __aexit__(self, et, ev, tb):
        print('aexit', self.name, et.__name__ if et else None)
        await Tick()
        return et is KeyError

def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks

async def main():
    out = []
    async for i in ARange(3):
        out.append(i)
    async with ACM('one') as r:
        out.append(r)
    async with ACM('two') as a, ACM('three') as b:
        out.append(a + '+' + b)
    async with ACM('supp'):
        raise KeyError('suppressed')
    try:
        async with ACM('prop'):
            raise ValueError('propagates')
    except ValueError as e:
        out.append('caught ' + str(e))
    async for i in ARange(5):
        if i == 2:
            break
    else:
        out.append('no')
    async for i in ARange(1):
        pass
    else:
        out.append('for-else ran')
    return out

print(run(main()))

async def comp():
    return [i * 10 async for i in ARange(4) if i != 2]
print(run(comp()))

async def gen_agen():
    async def agen():
        for i in range(3):
            await Tick()
            yield i
    res = []
    async for v in agen():
        res.append(v)
    return res
print(run(gen_agen()))
