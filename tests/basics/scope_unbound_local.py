# assigning a name anywhere in a function makes it local everywhere in it
count = 10


def bad():
    print(count)
    count = 1


try:
    bad()
except UnboundLocalError:
    print('UnboundLocalError')
try:
    bad()
except NameError:
    print('caught as NameError')


def ok():
    print(count)


ok()


def conditional(flag):
    if flag:
        v = 'set'
    return v


print(conditional(True))
try:
    conditional(False)
except UnboundLocalError:
    print('UnboundLocalError')
