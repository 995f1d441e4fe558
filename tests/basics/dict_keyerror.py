# missing keys raise KeyError carrying the key
d = {'a': 1}
for k in ['b', 5, (1, 2), None]:
    try:
        d[k]
    except KeyError as e:
        print('KeyError', e, repr(e.args[0]))
try:
    d['zz'] += 1
except KeyError as e:
    print('KeyError', e)
print(isinstance(KeyError('x'), LookupError))
try:
    {}['x']
except LookupError:
    print('caught as LookupError')
