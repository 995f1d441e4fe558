for args in [(), (None,), (len,), (len, None), (None, [1])]:
    try:
        print(list(map(*args)))
    except TypeError as e:
        print(args, type(e).__name__)
for args in [(None,), ([1], None), (1, [1])]:
    try:
        print(list(zip(*args)))
    except TypeError as e:
        print('zip', type(e).__name__, e)
for args in [(None,), (None, None), (lambda x: x, 5)]:
    try:
        print(list(filter(*args)))
    except TypeError as e:
        print('filter', type(e).__name__, e)
try:
    list(zip([1], bogus=True))
except TypeError as e:
    print(type(e).__name__, e)
print(list(map(lambda: 1, [])), list(zip(strict=True)), list(filter(None, [])))
