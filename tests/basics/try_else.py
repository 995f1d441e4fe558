# the else clause runs only when no exception happened
def run(fail):
    try:
        if fail:
            raise ValueError('bad')
        print('body ok')
    except ValueError:
        print('handler')
    else:
        print('else')
    finally:
        print('finally')


run(False)
run(True)
try:
    x = 1
except Exception:
    pass
else:
    x = 2
print(x)
try:
    try:
        pass
    except ValueError:
        print('no')
    else:
        raise KeyError('from else')
except KeyError as e:
    print('else raised', e)
