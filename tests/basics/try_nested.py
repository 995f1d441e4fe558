# nested try statements
try:
    try:
        1 / 0
    except ValueError:
        print('wrong handler')
    print('not reached')
except ZeroDivisionError:
    print('outer caught')
try:
    try:
        [][0]
    except IndexError:
        print('inner caught')
        raise ValueError('converted')
except ValueError as e:
    print('outer caught', e)


def level3():
    raise KeyError('deep')


def level2():
    try:
        level3()
    finally:
        print('level2 finally')


def level1():
    try:
        level2()
    except KeyError as e:
        print('level1 caught', e)
        return 'handled'


print(level1())
try:
    try:
        try:
            raise RuntimeError('r')
        finally:
            print('f1')
    finally:
        print('f2')
except RuntimeError as e:
    print('got', e)
