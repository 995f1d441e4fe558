def sub(n):
    for i in range(n):
        yield i

def chain(*its):
    for it in its:
        yield from it

print(list(chain([1, 2], 'ab', sub(3), (x * 2 for x in range(2)))))

def tree(node):
    if isinstance(node, list):
        for child in node:
            yield from tree(child)
    else:
        yield node
print(list(tree([1, [2, [3, [4, 5]], 6], [[7]]])))

def inner():
    x = yield 'i1'
    print('inner received', x)
    y = yield 'i2'
    print('inner received', y)
    return 'done'
def outer():
    r = yield from inner()
    yield 'outer saw ' + r
g = outer()
print(next(g))
print(g.send('A'))
print(g.send('B'))

def inner_t():
    try:
        yield 1
    except ValueError:
        yield 'inner handled'
def outer_t():
    yield from inner_t()
    yield 'outer continues'
g = outer_t()
next(g)
print(g.throw(ValueError))
print(next(g))

def inner_c():
    try:
        yield 1
    finally:
        print('inner closed')
def outer_c():
    try:
        yield from inner_c()
    finally:
        print('outer closed')
g = outer_c()
next(g)
g.close()

def yf_iter():
    r = yield from [1, 2]
    yield r
print(list(yf_iter()))
def yf_bad():
    yield from 5
try:
    list(yf_bad())
except TypeError as e:
    print(type(e).__name__)
def yf_dict():
    yield from {'a': 1, 'b': 2}
print(list(yf_dict()))
