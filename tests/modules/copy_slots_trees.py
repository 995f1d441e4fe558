# copy: classes mixing __slots__ with __dict__ and __weakref__, inherited slots, properties,
# class attributes and nested containers of instances.
import copy


class A:
    __slots__ = ('x', '__dict__', '__weakref__')


class B(A):
    __slots__ = 'y'

    @property
    def total(self):
        return self.x + self.y


b = B()
b.x = [1]
b.y = 2
b.extra = 'e'
c = copy.copy(b)
d = copy.deepcopy(b)
print(c.x is b.x, d.x is b.x, d.x, d.y, d.extra, c.total if False else d.y, vars(d))


class Node:
    count = 0

    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
        self.parent = None
        for ch in self.children:
            ch.parent = self

    def __repr__(self):
        return 'Node(%r, %r)' % (self.value, self.children)


tree = Node(1, [Node(2), Node(3, [Node(4)])])
t2 = copy.deepcopy(tree)
t2.children[1].children[0].value = 40
print(tree, t2, t2.children[0].parent is t2, t2.children[0].parent is tree)
memo = {}
copy.deepcopy(tree, memo)
print(len([k for k in memo if isinstance(memo[k], Node)]))


class Empty:
    pass


e = copy.copy(Empty())
print(type(e).__name__, vars(e))


class WithInit:
    def __init__(self, a):
        print('init called')
        self.a = a


w = copy.deepcopy(WithInit(5))
print(w.a)
print(copy.deepcopy({'k': (1, [2, {3}])}), copy.deepcopy([[]] * 3)[0] is copy.deepcopy([[]] * 3)[1])
shared = [[]] * 3
ds = copy.deepcopy(shared)
print(ds[0] is ds[1], ds[0] is shared[0])
try:
    copy.deepcopy((x for x in []))
except TypeError as e:
    print('TypeError', e)
