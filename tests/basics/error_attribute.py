# AttributeError for missing attributes and methods
for v, name in [(1, 'foo'), ('s', 'append'), ([], 'upper'), ({}, 'append'), (None, 'x'),
                ((), 'append'), (1.5, 'real_part')]:
    try:
        getattr(v, name)
        print('found', name)
    except AttributeError:
        print('AttributeError', type(v).__name__, name)
try:
    [].nope()
except AttributeError:
    print('AttributeError method call')
try:
    'abc'.length
except AttributeError:
    print('AttributeError str attr')
try:
    [].x = 1
except AttributeError:
    print('AttributeError set on list')
