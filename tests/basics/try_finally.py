# finally always runs
try:
    print('try')
finally:
    print('finally 1')
try:
    try:
        1 / 0
    finally:
        print('finally 2')
except ZeroDivisionError:
    print('caught after finally')


def f():
    try:
        raise ValueError('v')
    except ValueError:
        print('handled')
        return 'from except'
    finally:
        print('finally 3')


print(f())
log = []
for i in range(3):
    try:
        log.append('t' + str(i))
    finally:
        log.append('f' + str(i))
print(log)
try:
    try:
        raise KeyError('a')
    except KeyError:
        raise IndexError('b')
    finally:
        print('finally 4')
except IndexError as e:
    print('IndexError', e)
