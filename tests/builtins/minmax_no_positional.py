# min() and max() count their positional arguments before they read the keywords.
for f in [min, max]:
    for k in [{}, {'iterable': [1]}, {'key': len}, {'default': 0}, {'bogus': 1}]:
        try:
            print(f(**k))
        except TypeError as e:
            print('TypeError', e)
    for a, k in [(([1, 2],), {'bogus': 1}), (([],), {'default': 7}), ((1, 2), {'default': 0}),
                 (([3, 1],), {'key': None})]:
        try:
            print(f(*a, **k))
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
