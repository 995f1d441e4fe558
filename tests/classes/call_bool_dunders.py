class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5))
print(list(map(Adder(100), [1, 2])))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
print(callable(NotCallable), callable(NotCallable()))
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print('bool called')
        return self.v
print(bool(B(True)), bool(B(False)))
if B(0 == 1):
    print('no')
else:
    print('falsy branch')
print(not B(True))
print(B(False) or 'or fallback')
class L:
    def __len__(self):
        return 0
print(bool(L()), 'empty' if not L() else 'full')
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(Both()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
print(bool(Plain()))
print([x for x in [B(True), B(False), B(True)] if x].__len__())
class CallInst:
    pass
c = CallInst()
c.__call__ = lambda: 'instance attr'
try:
    c()
except TypeError as e:
    print('special method looked up on type:', type(e).__name__)
