# finally runs when a function returns from inside try
def f():
    try:
        return 'try'
    finally:
        print('f finally')


def g():
    try:
        return 'try'
    finally:
        return 'finally wins'


def h():
    x = 1
    try:
        return x
    finally:
        x = 2
        print('h finally, x =', x)


def k():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            print('k finally', i)


def nested():
    try:
        try:
            return 'inner'
        finally:
            print('inner finally')
    finally:
        print('outer finally')


def swallow():
    try:
        1 / 0
    finally:
        return 'exception discarded'


print(f())
print(g())
print(h())
print(k())
print(nested())
print(swallow())
