# operator: the function forms of the operators, in-place forms and the sequence helpers.
import operator as op

print(op.add(1, 2), op.sub(5, 3), op.mul(3, 4), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3))
print(op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-3), op.inv(5), op.invert(0))
print(op.lshift(1, 4), op.rshift(256, 2), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10))
print(op.not_(0), op.not_([1]), op.truth(''), op.truth('x'), op.is_(None, None), op.is_not(1, None))
print(op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2))
print(op.concat([1], [2]), op.concat('a', 'b'), op.contains([1, 2], 2), op.countOf([1, 2, 1], 1))
print(op.indexOf('abc', 'c'), op.getitem([1, 2, 3], 1), op.getitem({'a': 1}, 'a'), op.getitem('hello', slice(1, 3)))
lst = [1, 2, 3]
op.setitem(lst, 0, 'x')
op.delitem(lst, 1)
print(lst, op.index(7), op.length_hint([1, 2]), op.length_hint(5, 9))
print(op.call(max, 1, 5, 2), op.call(dict, a=1))
print(op.add('a', 'b'), op.mul('ab', 3), op.mod('%d!', 5), op.and_({1, 2}, {2, 3}), op.or_({1}, {2}))

l = [1]
r = op.iadd(l, [2])
print(r, r is l, op.iadd(1, 2), op.isub(5, 1), op.imul([0], 2), op.itruediv(1, 4), op.ifloordiv(9, 2))
print(op.imod(9, 4), op.ipow(3, 3), op.ilshift(1, 3), op.irshift(8, 1), op.iand(6, 3), op.ior(4, 1), op.ixor(5, 1))
print(op.iconcat([1], (2,)))

print(op.__add__ is op.add, op.__lt__(1, 2), op.__getitem__([5], 0), op.__not__(1), op.__inv__(1))


class M:
    def __matmul__(self, other):
        return 'matmul'

    def __imatmul__(self, other):
        return 'imatmul'


class Hint:
    def __length_hint__(self):
        return 4


class NoHint:
    def __length_hint__(self):
        return NotImplemented


class Idx:
    def __index__(self):
        return 3


print(op.matmul(M(), 1), op.imatmul(M(), 1), op.length_hint(Hint()), op.length_hint(NoHint(), 2))
print(op.index(Idx()), [10, 20, 30, 40][op.index(Idx())])

total = 0
for x in [1, 2, 3, 4]:
    total = op.add(total, x)
print(total, sorted([3, 1, 2], key=op.neg), list(map(op.mul, [1, 2, 3], [4, 5, 6])))


def err(f, *args):
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__, e)


err(op.truediv, 1, 0)
err(op.index, 1.5)
err(op.concat, 1, 2)
err(op.indexOf, [1], 2)
err(op.length_hint, [], 'x')
err(op.add, 1, 'a')
err(op.getitem, [1], 5)
err(op.delitem, {}, 'k')
