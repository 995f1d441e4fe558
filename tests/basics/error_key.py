# KeyError carries the missing key
d = {'a': 1, 2: 'two'}
for k in ['b', 3, (1,), '', 0]:
    try:
        d[k]
    except KeyError as e:
        print('KeyError', e)
try:
    del d['zz']
except KeyError as e:
    print('KeyError del', e)
try:
    d.pop('yy')
except KeyError as e:
    print('KeyError pop', e)
print(d.get('zz'), d.pop('zz', 'dflt'))
