# with looks __enter__ and __exit__ up on the type: instance attributes do not count, while
# static methods, callable objects and inherited or metaclass-free class attributes do.
class CM:
    def __enter__(self):
        print('enter', type(self).__name__)
        return 'value'
    def __exit__(self, t, v, tb):
        print('exit', t.__name__ if t else None)
        return True
c = CM()
c.__exit__ = lambda *a: False
c.__enter__ = lambda: 'instance'
with c as v:
    print(v)
    raise KeyError
print('suppressed by the class method')

class Static:
    @staticmethod
    def __enter__():
        return 'static'
    class __exit__:
        def __init__(self, *a):
            print('exit object built with', len(a), 'arguments')
with Static() as v:
    print(v)

class Child(CM):
    pass
with Child() as v:
    print(v)

class OnlyInstance:
    pass
o = OnlyInstance()
o.__enter__ = lambda: 1
o.__exit__ = lambda *a: None
try:
    with o:
        pass
except TypeError as e:
    print('TypeError', e)

class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        print('not reached')
except TypeError as e:
    print('TypeError', e)

class L(list):
    def __enter__(self):
        return len(self)
    def __exit__(self, *a):
        self.append('done')
l = L([1, 2])
with l as n:
    print(n)
print(l)

import sys
class Async:
    async def __aenter__(self):
        return 'aenter'
    async def __aexit__(self, *a):
        print('aexit')
a = Async()
a.__aenter__ = None
async def main():
    async with a as v:
        print(v)
co = main()
try:
    co.send(None)
except StopIteration:
    print('finished')

class NoAexit:
    async def __aenter__(self):
        return self
class NoAenter:
    async def __aexit__(self, *a):
        pass
async def use(m):
    async with m:
        pass
for m in [NoAexit(), NoAenter(), 5, CM()]:
    try:
        use(m).send(None)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
for m in [5, NoAenter(), [1]]:
    try:
        with m:
            pass
    except TypeError as e:
        print(type(e).__name__, e)
