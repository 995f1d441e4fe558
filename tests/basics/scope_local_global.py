# local, enclosing and global names
x = 'global'


def f():
    return x


def g():
    x = 'local'
    return x


def h():
    x = 'enclosing'

    def inner():
        return x
    return inner()


print(f(), g(), h(), x)


def reads_then_global():
    global x
    old = x
    x = 'changed'
    return old


print(reads_then_global(), x)
y = 1


def param_shadow(y):
    y += 1
    return y


print(param_shadow(10), y)
for loop_var in range(2):
    pass
print(loop_var)
if True:
    block_var = 'visible'
print(block_var)
