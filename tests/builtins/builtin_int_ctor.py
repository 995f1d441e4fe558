print(int(), int(5), int(-5.9), int('42'), int(' -7 '), int('ff', 16), int('0b11', 0), int(True), int(b'12'), int('1_0'))
class I:
    def __int__(self):
        return 3
class X:
    def __index__(self):
        return 4
print(int(I()), int(X()))
for args in [('x',), ([],), (None,), ('1', 1), (1.5, 10), ('1', 'a'), ('',)]:
    try:
        int(*args)
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__, e)
for v in (float('inf'), float('nan')):
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(int('9' * 50) + 1 == 10 ** 50, int(1e20), int(-0.0), int(x=5) if False else int('10', base=2))
