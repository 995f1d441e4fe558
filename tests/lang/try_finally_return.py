def f1():
    try:
        return 'try'
    finally:
        print('finally f1')

def f2():
    try:
        return 'try'
    finally:
        return 'finally'

def f3():
    try:
        raise ValueError
    finally:
        return 'swallowed'

def f4():
    x = 1
    try:
        return x
    finally:
        x = 2

def f5():
    l = [1]
    try:
        return l
    finally:
        l.append(2)

def f6():
    try:
        try:
            return 'inner'
        finally:
            print('inner finally')
    finally:
        print('outer finally')

def f7():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            print('loop finally', i)

def f8():
    try:
        1 / 0
    except ZeroDivisionError:
        return 'except'
    finally:
        print('f8 finally')

def f9():
    try:
        pass
    except Exception:
        return 'no'
    else:
        return 'else'
    finally:
        print('f9 finally')

for f in (f1, f2, f3, f4, f5, f6, f7, f8, f9):
    print(f.__name__, f())
