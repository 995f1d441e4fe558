# calling things that are not callable
for v in [1, 'abc', [1], (1,), {}, None, 2.5, True]:
    try:
        v()
    except TypeError:
        print('TypeError', type(v).__name__)
x = 5
try:
    x(1, 2)
except TypeError:
    print('TypeError call int')
print(callable(print), callable(len), callable(lambda: 0), callable('s'), callable(None))
