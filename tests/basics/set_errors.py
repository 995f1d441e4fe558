# errors from sets
for bad in ([1], {1: 2}, {3}):
    try:
        {bad}
    except TypeError:
        print('TypeError literal')
    try:
        set().add(bad)
    except TypeError:
        print('TypeError add')
try:
    [] in {1}
except TypeError:
    print('TypeError in')
try:
    hash({1})
except TypeError:
    print('TypeError hash')
try:
    set(1)
except TypeError:
    print('TypeError')
try:
    set([], [])
except TypeError as e:
    print('TypeError', e)
try:
    set(x=1)
except TypeError as e:
    print('TypeError', e)
try:
    frozenset(1, 2)
except TypeError as e:
    print('TypeError', e)
s = {1}
try:
    s[0]
except TypeError:
    print('TypeError subscript')
try:
    {1}.union(5)
except TypeError:
    print('TypeError union')
try:
    set().pop()
except KeyError as e:
    print('KeyError', e)
class S(set):
    pass
try:
    hash(S())
except TypeError:
    print('TypeError subclass hash')
