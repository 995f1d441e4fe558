def seq(x):
    match x:
        case []:
            return 'empty'
        case [a]:
            return 'one %r' % (a,)
        case [a, b]:
            return 'two %r %r' % (a, b)
        case [first, *rest] if len(rest) > 3:
            return 'long starting %r' % (first,)
        case [first, *mid, last]:
            return 'first %r mid %r last %r' % (first, mid, last)
for v in [[], [1], (1, 2), [1, 2, 3], list(range(6)), 'ab', range(3)]:
    print(seq(v))
def mapping(m):
    match m:
        case {'type': 'point', 'x': x, 'y': y}:
            return 'point %s,%s' % (x, y)
        case {'type': 'circle', **rest}:
            return 'circle rest=%s' % sorted(rest.items())
        case {}:
            return 'some mapping'
        case _:
            return 'not a mapping'
print(mapping({'type': 'point', 'x': 1, 'y': 2, 'z': 3}))
print(mapping({'type': 'circle', 'r': 5, 'c': 0}))
print(mapping({'type': 'square'}))
print(mapping([1]))
def nested(x):
    match x:
        case [('add' | 'sub') as op, [int(a), int(b)]]:
            return op, a, b
        case {'cmd': [*args]}:
            return 'cmd', args
        case (x, y, *_) if x == y:
            return 'same start'
    return None
print(nested(['add', [1, 2]]))
print(nested(['mul', [1, 2]]))
print(nested({'cmd': ['a', 'b']}))
print(nested((5, 5, 6)))
print(nested('xx'))
