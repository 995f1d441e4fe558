# bound methods remember their instance
class Greeter:
    def __init__(self, name):
        self.name = name

    def hello(self, other):
        return self.name + ' greets ' + other


g = Greeter('ann')
h = Greeter('bob')
fs = [g.hello, h.hello]
for f in fs:
    print(f('cid'))
print(Greeter.hello(h, 'dan'))
unbound = Greeter.hello
print(unbound(g, 'eve'))


class Box:
    def __init__(self):
        self.v = 0

    def inc(self):
        self.v += 1


b = Box()
inc = b.inc
for i in range(3):
    inc()
print(b.v)


class WithFunctionAttr:
    pass


w = WithFunctionAttr()
w.f = lambda x: x * 2
print(w.f(21))
