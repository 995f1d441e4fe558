def f(v):
    match v:
        case (x, y) if x == y:
            return 'pair equal'
        case (int(x), y) | [int(x), y, _] if x > 0:
            return 'pair-ish x=%r' % (x,)
        case {'k': (1 | 2) as k}:
            return 'k small %d' % k
        case {'k': k, **rest} if rest:
            return 'k with rest %r %r' % (k, sorted(rest))
        case str() | bytes() as s if len(s) > 3:
            return 'long text %r' % (s,)
        case int(n) if n < 0:
            return 'negative'
        case [*_, 'end']:
            return 'ends with end'
        case _:
            return 'default'
for v in [(1, 1), (2, 3), [5, 6, 7], [-1, 2], {'k': 2}, {'k': 9, 'z': 1}, {'k': 9},
          'hello', b'bytes!', 'hi', -5, ['a', 'end'], 3.5]:
    print(repr(v), '->', f(v))
def g(cmd):
    match cmd.split():
        case ['go', ('north' | 'south' | 'east' | 'west') as d]:
            return 'move ' + d
        case ['pick', 'up', *items] if items:
            return 'pick ' + ','.join(items)
        case ['quit' | 'exit']:
            return 'bye'
        case []:
            return 'empty'
        case other:
            return 'unknown %r' % (other,)
for c in ['go north', 'go up', 'pick up a b', 'pick up', 'exit', '', 'dance now']:
    print(repr(c), '->', g(c))
