x = 10

def f1():
    try:
        y = x
        x = 5
        return y
    except UnboundLocalError as e:
        return type(e).__name__

print(f1())

def f2():
    if False:
        z = 1
    try:
        return z
    except UnboundLocalError as e:
        return type(e).__name__

print(f2())

def f3():
    a = 1
    del a
    try:
        a
    except NameError as e:
        return type(e).__name__

print(f3())

def f4():
    try:
        undefined_name_xyz
    except NameError as e:
        return str(e)

print(f4())

def f5():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        r = type(e).__name__
    v = 1
    return r, inner()

print(f5())

def f6():
    for i in range(0):
        pass
    try:
        return i
    except UnboundLocalError:
        return 'unbound'

print(f6())

def f7():
    try:
        raise ValueError
    except ValueError as err:
        pass
    try:
        return err
    except NameError as e:
        return type(e).__name__

print(f7())
print(issubclass(UnboundLocalError, NameError))
