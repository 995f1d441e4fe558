# errors from dict operations
d = {'a': 1}
try:
    d['b']
except KeyError as e:
    print('KeyError', e, repr(e))
try:
    del d['b']
except KeyError as e:
    print('KeyError', e)
try:
    d[(1, 2)]
except KeyError as e:
    print('KeyError', e)
for bad in ([1], {}, {1}):
    try:
        d[bad] = 1
    except TypeError:
        print('TypeError set')
    try:
        d[bad]
    except TypeError:
        print('TypeError get')
    try:
        bad in d
    except TypeError:
        print('TypeError in')
try:
    dict([('a', 1, 2)])
except ValueError as e:
    print('ValueError', e)
try:
    dict([1])
except TypeError as e:
    print('TypeError', e)
try:
    dict(1)
except TypeError:
    print('TypeError')
try:
    dict({}, {})
except TypeError as e:
    print('TypeError', e)
try:
    {} < {}
except TypeError:
    print('TypeError')
print({} == [], {} != 1, {1: 2} == {1: 2.0})
